package org.studydraft.batch;

import java.io.PrintStream;

/**
 * Progress of a long run: on a terminal one self-overwriting line with rate and ETA; otherwise (CI, cron, a
 * log file) a plain line every few seconds, so logs stay readable.
 */
final class Progress {
    private final int total;
    private final PrintStream out;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint;

    Progress(int total, PrintStream out, boolean quiet) {
        this.total = total;
        this.out = out;
        this.quiet = quiet;
    }

    void step(int done) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (now - lastPrint < interval && done < total) {
            return;
        }
        lastPrint = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        double eta = rate > 0 ? (total - done) / rate : 0;
        String line = String.format("processing %d/%d documents (%.0f%%), %.1f docs/s, ETA %.0f s", done, total,
                100.0 * done / Math.max(1, total), rate, eta);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
    }

    void finish() {
        if (!quiet && terminal) {
            out.println();
        }
    }
}
