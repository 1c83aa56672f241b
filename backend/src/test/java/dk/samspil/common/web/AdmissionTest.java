package dk.samspil.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samspil.common.web.Admission.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    /** Told apart by identity, as the requests are. */
    private static final class Work {}

    @Test
    void permitsFirstThenTheQueueThenRefusal() {
        Admission<Work> admission = new Admission<>(2, 1);
        assertEquals(Outcome.ADMITTED, admission.enter(new Work()));
        assertEquals(Outcome.ADMITTED, admission.enter(new Work()));
        assertEquals(Outcome.QUEUED, admission.enter(new Work()));
        assertEquals(Outcome.REFUSED, admission.enter(new Work()));
        assertEquals(2, admission.inFlight());
        assertEquals(1, admission.queued());
    }

    @Test
    void aPermitGivenBackGoesToTheOldestWaitingAndOnlyThenBackToThePool() {
        Admission<Work> admission = new Admission<>(1, 3);
        admission.enter(new Work());
        Work first = new Work();
        Work second = new Work();
        admission.enter(first);
        admission.enter(second);

        assertSame(first, admission.leave());
        assertEquals(1, admission.inFlight(), "the permit passed on, not freed");
        assertSame(second, admission.leave());
        assertNull(admission.leave());
        assertEquals(0, admission.inFlight());
        assertEquals(Outcome.ADMITTED, admission.enter(new Work()));
    }

    @Test
    void workWithdrawnFromTheQueueIsNeverHandedAPermit() {
        Admission<Work> admission = new Admission<>(1, 2);
        admission.enter(new Work());
        Work impatient = new Work();
        Work patient = new Work();
        admission.enter(impatient);
        admission.enter(patient);

        assertTrue(admission.withdraw(impatient));
        assertFalse(admission.withdraw(impatient), "withdrawn once");
        assertSame(patient, admission.leave());
        assertFalse(admission.withdraw(patient), "it holds a permit now: it must start or give it back");
        assertEquals(Outcome.QUEUED, admission.enter(new Work()), "the withdrawn one left its place free");
    }

    @Test
    void aPermitNeverTakenCannotBeGivenBack() {
        Admission<Work> admission = new Admission<>(1, 0);
        assertThrows(IllegalStateException.class, admission::leave);
        assertThrows(IllegalArgumentException.class, () -> new Admission<Work>(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Admission<Work>(1, -1));
    }

    @Test
    void manyThreadsNeverHoldMoreThanThePermitsAndEveryoneAdmittedOrQueuedRuns() throws Exception {
        int permits = 3;
        Admission<Work> admission = new Admission<>(permits, 1_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        ConcurrentLinkedQueue<Work> handedOver = new ConcurrentLinkedQueue<>();
        int threads = 8;
        int each = 500;
        CountDownLatch done = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(() -> {
                for (int i = 0; i < each; i++) {
                    Work work = new Work();
                    if (admission.enter(work) == Outcome.ADMITTED) {
                        runThenLeave(admission, running, most, ran, handedOver);
                    }
                    // Queued work runs on whichever thread hands it a permit.
                    while (handedOver.poll() != null) {
                        runThenLeave(admission, running, most, ran, handedOver);
                    }
                }
                done.countDown();
            });
        }
        tasks.forEach(pool::execute);
        assertTrue(done.await(30, TimeUnit.SECONDS));
        while (handedOver.poll() != null) {
            runThenLeave(admission, running, most, ran, handedOver);
        }
        pool.shutdown();

        assertEquals(threads * each, ran.get(), "nothing admitted or queued was lost");
        assertTrue(most.get() <= permits, "at most " + permits + " at once, was " + most.get());
        assertEquals(0, admission.inFlight());
        assertEquals(0, admission.queued());
    }

    private static void runThenLeave(
            Admission<Work> admission,
            AtomicInteger running,
            AtomicInteger most,
            AtomicInteger ran,
            ConcurrentLinkedQueue<Work> handedOver) {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        Thread.onSpinWait();
        running.decrementAndGet();
        ran.incrementAndGet();
        Work next = admission.leave();
        if (next != null) {
            handedOver.add(next);
        }
    }
}
