package dk.samspil.integration.changes;

import static dk.samspil.testing.TestLibraries.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.security.SystemTasks;
import dk.samspil.directory.partner.PartnerInput;
import dk.samspil.directory.partner.PartnerService;
import dk.samspil.directory.partner.PartnerType;
import dk.samspil.testing.Api;
import dk.samspil.testing.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Writers whose transactions overlap (long ones take their ids first and commit last, some roll back)
 * and a reader that follows the feed over HTTP while they write: the reader sees every committed change
 * exactly once, in the feed's order, and nothing that was rolled back.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_EACH = 15;

    @Inject
    PartnerService partners;

    @Inject
    SystemTasks system;

    @Inject
    TestDatabase db;

    /** A transaction that wrote and then rolled back, carrying the id it had taken. */
    static final class RolledBack extends RuntimeException {
        final long id;

        RolledBack(long id) {
            super(null, null, false, false);
            this.id = id;
        }
    }

    @Test
    void aReaderFollowingConcurrentWritersSeesEveryCommittedChangeOnceInOrder() throws Exception {
        String start = ChangeFeedTest.end(Api::given);
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        List<Long> rolledBack = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<List<ChangeFeedTest.Item>> reader = pool.submit(() -> {
                List<ChangeFeedTest.Item> seen = new ArrayList<>();
                String cursor = start;
                boolean finalRound = false;
                while (true) {
                    boolean writersDone = !writing.get();
                    ChangeFeedTest.Followed followed = ChangeFeedTest.follow(Api::given, cursor, "partner", 3);
                    seen.addAll(followed.items());
                    cursor = followed.cursor();
                    if (finalRound) {
                        return seen;
                    }
                    finalRound = writersDone;
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int t = 0; t < TRANSACTIONS_EACH; t++) {
                        write(committed, rolledBack);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            List<ChangeFeedTest.Item> seen = reader.get(2, TimeUnit.MINUTES);

            Set<Long> ours = new HashSet<>(committed);
            ours.addAll(rolledBack);
            List<Long> seenIds = seen.stream()
                    .filter(i -> ours.contains(i.id()))
                    .map(ChangeFeedTest.Item::id)
                    .toList();
            assertEquals(new HashSet<>(committed), new HashSet<>(seenIds), "every committed change, none rolled back");
            assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "each once");
            assertFalse(rolledBack.isEmpty(), "some transactions rolled back");
            assertTrue(
                    committedOutOfIdOrder(committed),
                    "the writers committed ids out of the order they were taken, or the test proves nothing");
            List<Long> feedOrder = db
                    .rows("select resource_id from resource_change where resource_type = 'partner' and resource_id in ("
                            + committed.stream().map(String::valueOf).collect(Collectors.joining(","))
                            + ") order by xid, id")
                    .stream()
                    .map(r -> ((Number) r.get("resource_id")).longValue())
                    .toList();
            assertEquals(feedOrder, seenIds, "in the feed's order");
        } finally {
            pool.shutdownNow();
        }
    }

    /** One transaction: takes an id, then holds on (long or short), then commits or rolls back. */
    private void write(List<Long> committed, List<Long> rolledBack) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean rollBack = random.nextInt(5) == 0;
        int holdMillis = random.nextBoolean() ? random.nextInt(40, 120) : random.nextInt(0, 5);
        try {
            long id = system.run(() -> QuarkusTransaction.requiringNew().call(() -> {
                long created = partners.create(
                                new PartnerInput("Samtidig " + uniqueWord(), PartnerType.OTHER, null, false, null))
                        .id();
                Thread.sleep(holdMillis);
                if (rollBack) {
                    throw new RolledBack(created);
                }
                return created;
            }));
            committed.add(id);
        } catch (RolledBack e) {
            rolledBack.add(e.id);
        }
    }

    /** Whether some transaction committed after one that took a higher id. */
    private static boolean committedOutOfIdOrder(List<Long> commitOrder) {
        long highest = Long.MIN_VALUE;
        synchronized (commitOrder) {
            for (long id : commitOrder) {
                if (id < highest) {
                    return true;
                }
                highest = Math.max(highest, id);
            }
        }
        return false;
    }
}
