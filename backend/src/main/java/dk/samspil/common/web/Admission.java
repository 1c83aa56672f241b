package dk.samspil.common.web;

import java.util.ArrayDeque;

/**
 * A fixed number of permits for work in flight, and a queue of bounded length, oldest first, for the work that
 * waits for one. It decides only who goes when; starting, timing out and refusing are the caller's
 * ({@link InFlightLimit}). Waiting work is told apart by identity.
 *
 * @param <T> what waits: the caller starts it once it holds a permit
 */
final class Admission<T> {

    /** What {@link #enter} did with the work offered. */
    enum Outcome {
        /** It holds a permit: start it now. */
        ADMITTED,
        /** It waits in the queue, until {@link #leave} hands it a permit or {@link #withdraw} takes it out. */
        QUEUED,
        /** Every permit is taken and the queue is full: refuse it. */
        REFUSED
    }

    private final int permits;
    private final int queueLength;
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private int inFlight;

    Admission(int permits, int queueLength) {
        if (permits < 1 || queueLength < 0) {
            throw new IllegalArgumentException(
                    "At least one permit and a queue of zero or more places: " + permits + ", " + queueLength);
        }
        this.permits = permits;
        this.queueLength = queueLength;
    }

    /** A permit if one is free; else a place in the queue if there is one; else refused. */
    synchronized Outcome enter(T work) {
        if (inFlight < permits) {
            inFlight++;
            return Outcome.ADMITTED;
        }
        if (queue.size() < queueLength) {
            queue.addLast(work);
            return Outcome.QUEUED;
        }
        return Outcome.REFUSED;
    }

    /**
     * Gives a permit back. The oldest work in the queue takes it over and is returned, for the caller to start;
     * null when none waits (the permit is free again).
     */
    synchronized T leave() {
        if (inFlight == 0) {
            throw new IllegalStateException("A permit given back that was never taken");
        }
        T next = queue.pollFirst();
        if (next == null) {
            inFlight--;
        }
        return next;
    }

    /**
     * Takes work out of the queue that will not wait any longer (its time is up, its client has gone). False
     * when it is no longer queued: it has been handed a permit, and must then be started or give it back.
     */
    synchronized boolean withdraw(T work) {
        var waiting = queue.iterator();
        while (waiting.hasNext()) {
            if (waiting.next() == work) {
                waiting.remove();
                return true;
            }
        }
        return false;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int queued() {
        return queue.size();
    }
}
