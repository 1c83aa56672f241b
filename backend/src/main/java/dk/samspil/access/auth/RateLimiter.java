package dk.samspil.access.auth;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.time.AppClock;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anonymous reads are limited per client address and minute (429 with Retry-After). The counter is one
 * upsert in PostgreSQL, shared by every instance; it runs on its own connection, outside the
 * request's transaction.
 */
@ApplicationScoped
public class RateLimiter {

    @ConfigProperty(name = "samspil.rate-limit.anonymous-per-minute", defaultValue = "600")
    int anonymousPerMinute;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AppClock clock;

    public void checkAnonymous(String clientAddress) {
        if (anonymousPerMinute <= 0) {
            return;
        }
        Instant now = clock.now();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int hits = increment("anon:" + clientAddress, window);
        if (hits > anonymousPerMinute) {
            long retryAfter = Math.max(
                    1, Duration.between(now, window.plus(Duration.ofMinutes(1))).toSeconds() + 1);
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail")
                    .withHeader("Retry-After", String.valueOf(retryAfter));
        }
        if (now.getEpochSecond() % 60 == 0 && hits == 1) {
            cleanUp(window);
        }
    }

    private int increment(String bucket, Instant window) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                     insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
                     on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
                     returning hits""")) {
            statement.setString(1, bucket.length() > 100 ? bucket.substring(0, 100) : bucket);
            statement.setTimestamp(2, Timestamp.from(window));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt("hits");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit counter failed", e);
        }
    }

    /** Old windows are useless: dropped now and then, by whichever instance gets there first. */
    private void cleanUp(Instant currentWindow) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("delete from rate_limit_counter where window_start < ?")) {
            statement.setTimestamp(1, Timestamp.from(currentWindow.minus(Duration.ofMinutes(5))));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit clean-up failed", e);
        }
    }
}
