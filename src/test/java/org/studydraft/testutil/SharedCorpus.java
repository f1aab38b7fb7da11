package org.studydraft.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shared texts written by others live (../shared); tests that need them skip with a notice without it. */
public final class SharedCorpus {
    public static final Path ROOT = Path.of("..", "shared");
    public static final Path SEEDS = ROOT.resolve("seeds");

    private SharedCorpus() {
    }

    public static void assumePresent() {
        boolean present = Files.isDirectory(SEEDS);
        if (!present) {
            System.err.println("NOTICE: ../shared is absent; skipping tests over the shared seeds and corpus");
        }
        Assumptions.assumeTrue(present, "../shared is absent (fresh clone without the shared corpus)");
    }
}
