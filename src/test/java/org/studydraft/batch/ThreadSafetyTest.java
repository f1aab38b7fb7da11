package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pipeline shared by several workers gives the same entries as one worker alone: every stage (CoreNLP's
 * annotate, the language model, lexicons, cues) is safe to call concurrently.
 */
class ThreadSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void fourWorkersWriteExactlyWhatOneWorkerWrites() throws Exception {
        Path in = tmp.resolve("in");
        Fixtures.goldCopies(in, 2 * Fixtures.goldDocs().size());
        Fixtures.run(Fixtures.options(in, tmp.resolve("one"), null, false, 1));
        Fixtures.run(Fixtures.options(in, tmp.resolve("four"), null, false, 4));
        String one = Files.readString(tmp.resolve("one/entries.jsonl"));
        String four = Files.readString(tmp.resolve("four/entries.jsonl"));
        assertEquals(one.lines().count(), four.lines().count());
        assertEquals(one, four);
    }
}
