package dk.samspil.access.auth;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Caller;
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
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every API request counts against its caller's quota for the current minute: anonymous callers per
 * client address, signed-in users and tokens each on their own. Over the quota the answer is 429 with
 * Retry-After. Each answer says where the caller stands in the RateLimit-Policy and RateLimit headers
 * (IETF httpapi draft). The counter is one upsert in PostgreSQL, shared by every instance; it runs on
 * its own connection, outside the request's transaction.
 */
@ApplicationScoped
public class RateLimiter {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    @ConfigProperty(name = "samspil.rate-limit.anonymous-per-minute", defaultValue = "600")
    int anonymousPerMinute;

    @ConfigProperty(name = "samspil.rate-limit.signed-in-per-minute", defaultValue = "1200")
    int signedInPerMinute;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AppClock clock;

    /** Where a caller stands in the current window. */
    public record Standing(int quota, int remaining, long resetSeconds) {
        public String policy() {
            return "\"minute\";q=" + quota + ";w=60";
        }

        public String state() {
            return "\"minute\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    /** Counts one request of this caller; 429 over the quota. Empty when limits are switched off (0). */
    public Optional<Standing> count(Caller caller, String clientAddress) {
        int quota = caller.anonymous() ? anonymousPerMinute : signedInPerMinute;
        if (quota <= 0) {
            return Optional.empty();
        }
        String bucket = caller.anonymous()
                ? "anon:" + clientAddress
                : caller.kind().name().toLowerCase(Locale.ROOT) + ":" + caller.id();
        Instant now = clock.now();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int hits = increment(bucket, window);
        long reset = Math.max(
                1, Duration.between(now, window.plus(Duration.ofMinutes(1))).toSeconds() + 1);
        Standing standing = new Standing(quota, Math.max(0, quota - hits), reset);
        if (hits > quota) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail")
                    .withHeader("Retry-After", String.valueOf(reset))
                    .withHeader(POLICY_HEADER, standing.policy())
                    .withHeader(STATE_HEADER, standing.state());
        }
        if (now.getEpochSecond() % 60 == 0 && hits == 1) {
            cleanUp(window);
        }
        return Optional.of(standing);
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
