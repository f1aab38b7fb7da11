package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.cli.Main;
import org.studydraft.write.Json;

/** {@code studydraft score --pred}, {@code gold check} and {@code gold split} through the command line. */
class ScoreCliTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void scoresAPredictionFileMatchedByIdOrContentHash() throws IOException {
        GoldLabel abstractLabel = GoldFixture.label("fx-001");
        GoldLabel news = GoldFixture.label("fx-002");
        ObjectNode first = (ObjectNode) PerfectPrediction.of(abstractLabel, GoldFixture.raw(abstractLabel)).entry();
        ObjectNode second = (ObjectNode) PerfectPrediction.of(news, GoldFixture.raw(news)).entry();
        second.put("id", "002");  // as a run over a folder names it: found by source.sha256
        second.with("design").put("label", "cohort");
        Path pred = tmp.resolve("entries.jsonl");
        Files.writeString(pred, first + "\n" + second + "\n");
        Path json = tmp.resolve("score.json");

        Run r = run("score", "--gold", GoldFixture.GOLD.toString(), "--split", "all", "--pred", pred.toString(),
                "--json", json.toString(), "--explain", "fx-002");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  design (") && l.endsWith("0.50  (1/2)")), r.out());
        assertTrue(r.out().contains("notice: 1 documents skipped, raw file absent: fx-003"), r.out());
        assertTrue(r.out().contains("misses for fx-002"), r.out());
        JsonNode written = Json.MAPPER.readTree(json.toFile());
        assertEquals(2, written.path("documents").asInt());
        assertEquals(1, written.path("fields").path("design").path("hits").asInt());
        assertEquals(1, written.path("confusion").path("design").path("case_control").path("cohort").asInt());
        assertEquals("cohort", written.path("misses").path("fx-002").path(0).path("predicted").asText());
    }

    @Test
    void goldCheckExitsNonZeroOnProblemsAndSplitRewritesTheSplit() throws IOException {
        Path gold = GoldFixture.copyTo(tmp);
        assertEquals(0, run("gold", "check", "--gold", gold.toString()).exit());
        Files.delete(gold.resolve("split.tsv"));
        Run broken = run("gold", "check", "--gold", gold.toString());
        assertEquals(5, broken.exit());
        assertTrue(broken.out().contains("split.tsv: (file): missing"), broken.out());
        Run split = run("gold", "split", "--gold", gold.toString());
        assertEquals(0, split.exit(), split.out());
        assertEquals(3, GoldSplit.read(gold.resolve("split.tsv")).byId().size());
        assertEquals(0, run("gold", "check", "--gold", gold.toString()).exit());
    }

    @Test
    void badSplitIsABadArgument() {
        assertEquals(2, run("score", "--gold", GoldFixture.GOLD.toString(), "--split", "train", "--pred", "x").exit());
    }
}
