package org.studydraft.spark;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document at a time on a worker thread with a deadline, as {@code run} does, so a document that makes a
 * rule run away is rejected instead of stalling its Spark task forever. A worker that overran is interrupted and
 * abandoned (a daemon, like run's), and the next document gets a fresh one.
 */
final class TimeLimit implements AutoCloseable {
    private final long nanos;
    private ExecutorService worker;

    TimeLimit(double seconds) {
        this.nanos = Math.max((long) (seconds * 1e9), 1);
    }

    /** The outcome of one call: its value, or that it overran, or the error it ended with. */
    record Outcome<T>(T value, boolean timedOut, Throwable error) {
    }

    <T> Outcome<T> call(Callable<T> job) throws InterruptedException {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "studydraft-spark-worker");
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> f = worker.submit(job);
        try {
            return new Outcome<>(f.get(nanos, TimeUnit.NANOSECONDS), false, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = null;
            return new Outcome<>(null, true, null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, false, e.getCause());
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }
}
