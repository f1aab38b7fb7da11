package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.write.Json;

/**
 * {@code kill -9} in the middle of a real run (a child JVM, {@code destroyForcibly}) leaves the previous complete
 * output readable and consistent, and the next run ends with exactly what an uninterrupted run writes.
 */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesThePreviousOutputAndTheNextRunFinishesAsIfUninterrupted() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        List<Path> docs = Fixtures.goldCopies(in, 20);
        assertEquals(0, runToEnd(in, out));
        Map<String, String> previous = Fixtures.publishedFiles(out);
        assertConsistent(out);

        // Work for the next run: 50 new documents, one changed, one gone.
        Path more = tmp.resolve("more");
        for (Path p : Fixtures.goldCopies(more, 70).subList(20, 70)) {
            Files.move(p, in.resolve(p.getFileName()));
        }
        Files.writeString(docs.get(0), "\nA later correction: 12 participants withdrew.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.delete(docs.get(1));

        // Killed twice, at different depths of the work; each time the old output stands, complete and consistent.
        for (int processedBeforeKill : new int[] {8, 30}) {
            Process p = Fixtures.startCli(List.of(), tmp.resolve("killed.log"), "run", "--in", in.toString(), "--out", out.toString(),
                    "--threads", "2", "--quiet");
            waitForStoredResults(out, 20 + processedBeforeKill, p);
            assertTrue(p.isAlive(), "the run must still be working when it is killed; see killed.log");
            p.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            assertEquals(previous, Fixtures.publishedFiles(out), "the previous output must stand untouched");
            assertConsistent(out);
        }

        assertEquals(0, runToEnd(in, out));
        Path reference = tmp.resolve("reference");
        assertEquals(0, runToEnd(in, reference));
        assertConsistent(out);
        Map<String, String> resumed = withoutDatesAndReport(Fixtures.publishedFiles(out));
        Map<String, String> uninterrupted = withoutDatesAndReport(Fixtures.publishedFiles(reference));
        assertEquals(uninterrupted.keySet(), resumed.keySet());
        for (String file : uninterrupted.keySet()) {
            assertEquals(uninterrupted.get(file), resumed.get(file), file);
        }
        JsonNode a = Fixtures.readJson(out.resolve("run.json"));
        JsonNode b = Fixtures.readJson(reference.resolve("run.json"));
        for (String field : List.of("pipeline_version", "rejected_by_reason", "warnings_by_kind", "needs_attention")) {
            assertEquals(b.path(field), a.path(field), field);
        }
        for (String count : List.of("seen", "rejected", "entries", "warnings", "studies_with_several_entries")) {
            assertEquals(b.path("counts").path(count), a.path("counts").path(count), count);
        }
        assertEquals(69, Fixtures.readJsonl(out.resolve("entries.jsonl")).size());
    }

    private int runToEnd(Path in, Path out) throws Exception {
        Process p = Fixtures.startCli(List.of(), tmp.resolve("run.log"), "run", "--in", in.toString(), "--out", out.toString(),
                "--threads", "2", "--quiet");
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "run did not finish");
        return p.exitValue();
    }

    /** Waits until the run has stored {@code n} results (its state files), or has ended. */
    private static void waitForStoredResults(Path out, int n, Process p) throws Exception {
        Path state = out.resolve(".studydraft/state");
        while (p.isAlive()) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(state, "*.json")) {
                int count = 0;
                for (Path ignored : files) {
                    count++;
                }
                if (count >= n) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    /** The published files agree with each other: the same entries in entries.jsonl, entries.csv, drafts and run.json. */
    private static void assertConsistent(Path out) throws IOException {
        TreeSet<String> jsonl = new TreeSet<>();
        for (JsonNode e : Fixtures.readJsonl(out.resolve("entries.jsonl"))) {
            jsonl.add(e.path("id").asText());
        }
        TreeSet<String> csv = new TreeSet<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().build().parse(new StringReader(
                Files.readString(out.resolve("entries.csv"), StandardCharsets.UTF_8)))) {
            csv.add(r.get("id"));
        }
        TreeSet<String> drafts = new TreeSet<>();
        try (DirectoryStream<Path> ls = Files.newDirectoryStream(out.resolve("drafts"), "*.md")) {
            ls.forEach(f -> drafts.add(f.getFileName().toString().replaceFirst("\\.md$", "")));
        }
        assertEquals(jsonl, csv);
        assertEquals(jsonl, drafts);
        JsonNode report = Json.MAPPER.readTree(out.resolve("run.json").toFile());
        assertEquals(jsonl.size(), report.path("counts").path("entries").asInt());
        assertEquals(Fixtures.readJsonl(out.resolve("rejected.jsonl")).size(), report.path("counts").path("rejected").asInt());
    }

    private static Map<String, String> withoutDatesAndReport(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, text) -> {
            if (!name.equals("run.json")) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                lines.removeIf(l -> l.startsWith("- Generated: "));
                out.put(name, String.join("\n", lines));
            }
        });
        return out;
    }
}
