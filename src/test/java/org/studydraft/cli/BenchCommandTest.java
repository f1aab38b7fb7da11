package org.studydraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.batch.Fixtures;

/** The bench command runs end to end and writes every figure it promises (their values are for the bench to judge). */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheFiguresAsJson() {
        Path json = tmp.resolve("bench.json");
        int exit = Main.commandLine().execute("bench", "--tokens", "3000", "--warmup", "0", "--skip-cold-start",
                "--corenlp-models", tmp.resolve("absent-models.jar").toString(), "--json", json.toString());
        assertEquals(0, exit);
        JsonNode figures = Fixtures.readJson(json);
        for (String field : new String[] {"pipeline_docs_per_s", "tokenize_ssplit_docs_per_s", "ratio"}) {
            assertTrue(figures.path(field).asDouble() > 0, field + " in " + figures);
        }
        for (String field : new String[] {"corenlp_default_docs_per_s", "cold_start_s", "peak_rss_mb"}) {
            assertTrue(figures.has(field), field);
        }
        assertTrue(figures.path("corenlp_default_docs_per_s").isNull(), "skipped without the models jar");
        assertTrue(figures.path("notices").toString().contains("models jar not found"));
        assertTrue(figures.path("ratio_basis").asText().contains("1 thread"));
    }
}
