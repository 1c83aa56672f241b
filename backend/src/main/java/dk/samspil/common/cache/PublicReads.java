package dk.samspil.common.cache;

import dk.samspil.common.audit.ResourceChanged;
import dk.samspil.common.db.Sql;
import dk.samspil.common.security.Access;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What anonymous visitors read most (the front page, the current and the next theme) and what adds up whole tables
 * (the statistics, the toolbox's tags), kept in memory so that a visit costs no statement. Any change empties it: a change made here as soon as it is committed (before the
 * writer gets its answer), one made by another instance when this one sees the change feed move (it looks every
 * second). An entry also ends after {@code samspil.cache.public-reads.ttl}, which bounds what the feed could miss
 * (two changes committed out of order within one look). Signed-in callers and tokens always read afresh: they may
 * see more than the public. Lists keep their counts here too ({@code Filters.count} with it), so at most
 * {@value #MAX_ENTRIES} entries are kept.
 */
@ApplicationScoped
public class PublicReads {

    private record Entry(long generation, long expiresAt, Object value) {}

    /** At most this many entries are kept (any more empty it first). */
    static final int MAX_ENTRIES = 10_000;

    @Inject
    Access access;

    @Inject
    Sql sql;

    @ConfigProperty(name = "samspil.cache.public-reads.ttl", defaultValue = "30s")
    Duration configuredTtl;

    private volatile Duration ttl;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private volatile long lastChangeSeen = -1;

    /**
     * The value for {@code key} (which must name everything the value depends on, e.g. today's date), read with
     * {@code read} when it is not kept or the caller is not anonymous.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        Duration lifetime = ttl();
        if (lifetime.isZero() || !access.caller().anonymous()) {
            return read.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAt() < 0) {
            return (T) entry.value();
        }
        // The generation is taken before the read: a change committed while it reads makes the entry stale.
        T value = read.get();
        if (entries.size() >= MAX_ENTRIES) {
            invalidate(); // many keys (a list's counts by filter) are bounded by starting afresh
            return value;
        }
        entries.put(key, new Entry(current, now + lifetime.toNanos(), value));
        return value;
    }

    /** Forgets everything kept. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** A change on this instance, once its transaction has committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged change) {
        invalidate();
    }

    /** A change on any instance: the change feed has grown since the last look. */
    @Scheduled(
            every = "${samspil.cache.public-reads.poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void lookAtTheChangeFeed() {
        long last =
                sql.select("select coalesce(max(id), 0) from resource_change").one(Long.class);
        if (last != lastChangeSeen) {
            lastChangeSeen = last;
            invalidate();
        }
    }

    private Duration ttl() {
        Duration lifetime = ttl;
        return lifetime == null ? configuredTtl : lifetime;
    }

    /** Tests only: how long entries live (zero: nothing is kept); null goes back to the configured lifetime. */
    public void useTtl(Duration lifetime) {
        ttl = lifetime;
        invalidate();
    }
}
