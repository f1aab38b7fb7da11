package org.studydraft.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs items on a fixed number of worker threads with a time limit per item, counted from the moment the item
 * starts (not from when the caller began waiting for it). An item over its limit is reported as timed out at
 * once; its thread is interrupted and abandoned, and a fresh worker takes its place. Pipeline code checks for
 * interruption between stages, so an abandoned document usually stops at the next stage boundary; one stuck
 * inside a single regex that never checks keeps its (daemon) thread busy until it finishes or the process
 * exits, but it cannot hold up the run: the others go on at full width and the run ends on time.
 */
final class TimedWorkers<T, R> {
    /** What became of one item: its result, or the error it threw, or that it ran out of time. */
    record Outcome<R>(R result, Throwable error, boolean timedOut, double seconds) {
    }

    private record Running(Thread thread, long startNanos) {
    }

    private record Finished<R>(int index, Outcome<R> outcome) {
    }

    private static final long POLL_MILLIS = 50;

    private final int threads;
    private final long limitNanos;
    private final String threadName;

    TimedWorkers(int threads, double limitSeconds, String threadName) {
        this.threads = Math.max(1, threads);
        this.limitNanos = Math.max(1, (long) (limitSeconds * 1e9));
        this.threadName = threadName;
    }

    /**
     * Applies {@code work} to every item and hands each outcome to {@code onDone}, always on the calling thread
     * and once per item, in completion order. Returns when every item is done or has timed out.
     */
    void run(List<T> items, Function<T, R> work, BiConsumer<T, Outcome<R>> onDone) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Running> running = new ConcurrentHashMap<>();
        BlockingQueue<Finished<R>> finished = new LinkedBlockingQueue<>();
        Runnable worker = () -> {
            while (true) {
                int i = next.getAndIncrement();
                if (i >= items.size()) {
                    return;
                }
                Running me = new Running(Thread.currentThread(), System.nanoTime());
                running.put(i, me);
                R result = null;
                Throwable error = null;
                try {
                    result = work.apply(items.get(i));
                } catch (Throwable t) { // an OutOfMemoryError on one huge document must not kill the worker silently
                    error = t;
                }
                if (!running.remove(i, me)) {
                    return; // timed out and already replaced: this thread is abandoned
                }
                finished.add(new Finished<>(i, new Outcome<>(result, error, false, (System.nanoTime() - me.startNanos()) / 1e9)));
            }
        };
        for (int t = 0; t < Math.min(threads, items.size()); t++) {
            start(worker);
        }
        int done = 0;
        while (done < items.size()) {
            Finished<R> f = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (f != null) {
                onDone.accept(items.get(f.index()), f.outcome());
                done++;
            }
            long now = System.nanoTime();
            for (Map.Entry<Integer, Running> e : running.entrySet()) {
                Running r = e.getValue();
                if (now - r.startNanos() > limitNanos && running.remove(e.getKey(), r)) {
                    r.thread().interrupt();
                    start(worker);
                    onDone.accept(items.get(e.getKey()), new Outcome<>(null, null, true, (now - r.startNanos()) / 1e9));
                    done++;
                }
            }
        }
    }

    private void start(Runnable worker) {
        Thread t = new Thread(worker, threadName);
        t.setDaemon(true); // an abandoned worker must not keep the process alive after the run
        t.start();
    }
}
