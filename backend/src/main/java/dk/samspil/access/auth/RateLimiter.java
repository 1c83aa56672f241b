package dk.samspil.access.auth;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every API request counts against its caller's quota for the current minute: anonymous callers per
 * client address, signed-in users and tokens each on their own. Over the quota the answer is 429 with
 * Retry-After. Each answer says where the caller stands in the RateLimit-Policy and RateLimit headers
 * (IETF httpapi draft).
 *
 * <p>A request costs no database round-trip: it is counted in memory, against the total of every instance
 * as of the last exchange plus what this one has counted since. About every second ({@link #share}) each
 * instance adds what it counted to the shared counters in PostgreSQL (one upsert for all its callers) and
 * reads back the totals, so the quota holds across instances to within about a second of the others'
 * requests. While PostgreSQL is down, each instance keeps counting on its own and shares when it is back.
 */
@ApplicationScoped
public class RateLimiter {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Windows older than this are of no use to anyone: their rows are deleted. */
    private static final Duration KEPT = Duration.ofMinutes(5);

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

    private record Key(String bucket, Instant window) {}

    /** One caller's count in one window, as this instance knows it. */
    private static final class Count {
        /** Counted here and not yet added to the shared counter. */
        final AtomicInteger unshared = new AtomicInteger();
        /** The shared counter (every instance's requests, this one's shared ones included) when last read. */
        volatile int shared;

        int hits(int unsharedNow) {
            return shared + unsharedNow;
        }
    }

    private final Map<Key, Count> counts = new ConcurrentHashMap<>();
    private volatile Instant cleanedUpFor = Instant.EPOCH;

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
        Count count = counts.computeIfAbsent(
                new Key(bucket.length() > 100 ? bucket.substring(0, 100) : bucket, window), k -> new Count());
        int hits = count.hits(count.unshared.incrementAndGet());
        long reset = Math.max(1, Duration.between(now, window.plus(WINDOW)).toSeconds() + 1);
        Standing standing = new Standing(quota, Math.max(0, quota - hits), reset);
        if (hits > quota) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail")
                    .withHeader("Retry-After", String.valueOf(reset))
                    .withHeader(POLICY_HEADER, standing.policy())
                    .withHeader(STATE_HEADER, standing.state());
        }
        return Optional.of(standing);
    }

    /**
     * Adds what this instance counted since the last time to the shared counters and reads back their totals
     * (other instances' requests included), in one statement for every caller that made requests and one for
     * the callers seen this minute that made none since; forgets the windows that are over. When PostgreSQL
     * cannot be reached, the counts wait for the next time.
     */
    @Scheduled(every = "${samspil.rate-limit.share-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void share() {
        Instant current = clock.now().truncatedTo(ChronoUnit.MINUTES);
        counts.keySet().removeIf(key -> key.window().isBefore(current.minus(WINDOW)));
        if (counts.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Count>> changed = new ArrayList<>();
        List<Map.Entry<Key, Count>> unchanged = new ArrayList<>();
        for (Map.Entry<Key, Count> entry : counts.entrySet()) {
            (entry.getValue().unshared.get() > 0 ? changed : unchanged).add(entry);
        }
        // Always in the same order, so that two instances sharing at once cannot deadlock on the rows.
        changed.sort(
                Comparator.comparing((Map.Entry<Key, Count> e) -> e.getKey().window())
                        .thenComparing(e -> e.getKey().bucket()));
        try (Connection connection = dataSource.getConnection()) {
            if (!changed.isEmpty()) {
                addAndRead(connection, changed);
            }
            if (!unchanged.isEmpty()) {
                read(connection, unchanged);
            }
            if (!current.equals(cleanedUpFor)) {
                cleanUp(connection, current);
                cleanedUpFor = current;
            }
        } catch (SQLException e) {
            LOG.warnf("Rate limit counts not shared this time (each instance counts on its own meanwhile): %s", e);
        }
        counts.keySet().removeIf(key -> key.window().isBefore(current));
    }

    private static void addAndRead(Connection connection, List<Map.Entry<Key, Count>> changed) throws SQLException {
        int[] added = new int[changed.size()];
        String[] buckets = new String[changed.size()];
        String[] windows = new String[changed.size()];
        Integer[] hits = new Integer[changed.size()];
        for (int i = 0; i < changed.size(); i++) {
            added[i] = changed.get(i).getValue().unshared.get();
            buckets[i] = changed.get(i).getKey().bucket();
            windows[i] = changed.get(i).getKey().window().toString();
            hits[i] = added[i];
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into rate_limit_counter (bucket, window_start, hits)
                select * from unnest(?::varchar[], ?::text[]::timestamptz[], ?::int[])
                on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + excluded.hits
                returning bucket, window_start, hits""")) {
            statement.setArray(1, connection.createArrayOf("varchar", buckets));
            statement.setArray(2, connection.createArrayOf("text", windows));
            statement.setArray(3, connection.createArrayOf("int4", hits));
            Map<Key, Integer> totals = totals(statement);
            for (int i = 0; i < changed.size(); i++) {
                Count count = changed.get(i).getValue();
                Integer total = totals.get(changed.get(i).getKey());
                if (total != null) {
                    // The total first, then the part of it that was ours: in between, a request is over- rather
                    // than under-counted.
                    count.shared = total;
                    count.unshared.addAndGet(-added[i]);
                }
            }
        }
    }

    private static void read(Connection connection, List<Map.Entry<Key, Count>> unchanged) throws SQLException {
        String[] buckets = new String[unchanged.size()];
        String[] windows = new String[unchanged.size()];
        for (int i = 0; i < unchanged.size(); i++) {
            buckets[i] = unchanged.get(i).getKey().bucket();
            windows[i] = unchanged.get(i).getKey().window().toString();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.bucket, c.window_start, c.hits from rate_limit_counter c
                join unnest(?::varchar[], ?::text[]::timestamptz[]) as k(bucket, window_start)
                  on c.bucket = k.bucket and c.window_start = k.window_start""")) {
            statement.setArray(1, connection.createArrayOf("varchar", buckets));
            statement.setArray(2, connection.createArrayOf("text", windows));
            Map<Key, Integer> totals = totals(statement);
            for (Map.Entry<Key, Count> entry : unchanged) {
                Integer total = totals.get(entry.getKey());
                if (total != null && total > entry.getValue().shared) {
                    entry.getValue().shared = total;
                }
            }
        }
    }

    private static Map<Key, Integer> totals(PreparedStatement statement) throws SQLException {
        Map<Key, Integer> totals = new HashMap<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                totals.put(new Key(rs.getString(1), rs.getTimestamp(2).toInstant()), rs.getInt(3));
            }
        }
        return totals;
    }

    /** Old windows are useless: dropped once a minute by each instance. */
    private static void cleanUp(Connection connection, Instant currentWindow) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("delete from rate_limit_counter where window_start < ?")) {
            statement.setTimestamp(1, Timestamp.from(currentWindow.minus(KEPT)));
            statement.executeUpdate();
        }
    }
}
