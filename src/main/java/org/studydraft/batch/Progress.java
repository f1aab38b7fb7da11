package org.studydraft.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run: on a terminal a progress bar with rate and ETA (me.tongfei:progressbar); otherwise
 * (CI, cron, a log file) a plain line every few seconds and at the end, so logs stay readable.
 */
final class Progress implements AutoCloseable {
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final int total;
    private final PrintStream out;
    private final ProgressBar bar;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    private Progress(int total, PrintStream out, boolean quiet, ProgressBar bar) {
        this.total = total;
        this.out = out;
        this.quiet = quiet;
        this.bar = bar;
    }

    static Progress start(int total, PrintStream out, boolean quiet) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        ProgressBar bar = quiet || !terminal ? null : new ProgressBarBuilder()
                .setTaskName("processing")
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
        return new Progress(total, out, quiet, bar);
    }

    void step(int done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (quiet || (now - lastPrint < LOG_INTERVAL_NANOS && done < total)) {
            return;
        }
        lastPrint = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        double eta = rate > 0 ? (total - done) / rate : 0;
        out.printf("processing %d/%d documents (%.0f%%), %.1f docs/s, ETA %.0f s%n", done, total,
                100.0 * done / Math.max(1, total), rate, eta);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
