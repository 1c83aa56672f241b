package dk.samspil.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's "now". Everything time-dependent (session expiry, throttling windows, a theme's
 * status) asks this clock, so tests can move time instead of waiting for it.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @ConfigProperty(name = "samspil.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    /** Now, to the microsecond PostgreSQL keeps. */
    public Instant now() {
        return Clock.systemUTC().instant().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), DANISH_TIME);
    }

    /** Tests only (samspil.clock.adjustable=true): moves the clock forward or back. */
    public void shift(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable in this profile");
        }
        offset = offset.plus(by);
    }

    /** Tests only (samspil.clock.adjustable=true): the clock reads noon, Danish time, on that day. */
    public void travelTo(LocalDate day) {
        reset();
        shift(Duration.between(
                now(), day.atTime(LocalTime.NOON).atZone(DANISH_TIME).toInstant()));
    }

    /** Tests only: back to real time. */
    public void reset() {
        if (adjustable) {
            offset = Duration.ZERO;
        }
    }
}
