package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TimedWorkersTest {
    @Test
    void aStuckItemThatIgnoresInterruptsIsAbandonedAndTheOthersStillFinish() throws InterruptedException {
        AtomicBoolean release = new AtomicBoolean();
        AtomicReference<Thread> stuck = new AtomicReference<>();
        Map<String, TimedWorkers.Outcome<String>> outcomes = new ConcurrentHashMap<>();
        List<String> items = List.of("a", "stuck", "b", "c", "d", "e");
        try {
            new TimedWorkers<String, String>(2, 0.3, "test-worker").run(items, item -> {
                if (item.equals("stuck")) {
                    stuck.set(Thread.currentThread());
                    while (!release.get()) {
                        Thread.onSpinWait(); // like a regex deep in backtracking: never looks at the interrupt flag
                    }
                }
                return item.toUpperCase();
            }, outcomes::put);
            assertEquals(items.size(), outcomes.size());
            assertTrue(outcomes.get("stuck").timedOut());
            assertNull(outcomes.get("stuck").result());
            for (String item : List.of("a", "b", "c", "d", "e")) {
                assertEquals(item.toUpperCase(), outcomes.get(item).result());
                assertFalse(outcomes.get(item).timedOut());
            }
            assertTrue(stuck.get().isAlive(), "the run returned while the stuck worker was still busy");
            assertTrue(stuck.get().isInterrupted(), "the abandoned worker was asked to stop");
        } finally {
            release.set(true);
        }
        stuck.get().join();
    }

    @Test
    void anErrorIsReportedAsTheItemsOutcome() throws InterruptedException {
        Map<String, TimedWorkers.Outcome<String>> outcomes = new ConcurrentHashMap<>();
        new TimedWorkers<String, String>(2, 60, "test-worker").run(List.of("ok", "boom"), item -> {
            if (item.equals("boom")) {
                throw new OutOfMemoryError("simulated");
            }
            return item;
        }, outcomes::put);
        assertEquals("ok", outcomes.get("ok").result());
        assertInstanceOf(OutOfMemoryError.class, outcomes.get("boom").error());
    }

    @Test
    void outcomesAreHandedOverOnTheCallingThread() throws InterruptedException {
        Thread caller = Thread.currentThread();
        AtomicBoolean elsewhere = new AtomicBoolean();
        new TimedWorkers<Integer, Integer>(3, 60, "test-worker").run(List.of(1, 2, 3, 4, 5, 6, 7, 8), i -> i * i,
                (i, o) -> elsewhere.compareAndSet(false, Thread.currentThread() != caller));
        assertFalse(elsewhere.get());
    }
}
