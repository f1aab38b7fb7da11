package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run redoes exactly the documents whose bytes, path or pipeline changed, and says so in run.json. */
class IncrementalRunTest {
    @TempDir
    Path tmp;
    Path in;
    Path out;
    Path pipeline;
    List<Path> docs;

    @BeforeEach
    void firstRun() throws IOException {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        pipeline = Fixtures.pipelineCopy(tmp.resolve("home"));
        docs = Fixtures.goldCopies(in, 6);
        RunSummary first = run(false);
        assertEquals(6, first.processed());
        assertTrue(first.pipelineAssembled());
        assertEquals(6, entries().size());
    }

    @Test
    void unchangedInputDoesNoPipelineWorkAndKeepsTheOutput() throws IOException {
        Map<String, String> before = Fixtures.publishedFiles(out);
        RunSummary second = run(false);
        assertEquals(0, second.processed());
        assertEquals(6, second.skippedUnchanged());
        assertTrue(second.nothingToDo());
        assertFalse(second.pipelineAssembled(), "no stage may be built when nothing changed");
        assertFalse(second.outputsRewritten());
        JsonNode report = Fixtures.readJson(out.resolve("run.json"));
        assertTrue(report.path("nothing_to_do").asBoolean());
        assertFalse(report.path("pipeline_assembled").asBoolean());
        assertEquals(0, report.path("counts").path("processed").asInt());
        assertTrue(report.path("timings").path("stage_ms").isEmpty());
        Map<String, String> after = Fixtures.publishedFiles(out);
        before.remove("run.json");
        after.remove("run.json");
        assertEquals(before, after);
    }

    @Test
    void aChangedAndANewDocumentAreTheOnlyOnesProcessed() throws IOException {
        Map<String, String> before = entriesById();
        Files.writeString(docs.get(1), "\nA sentence added later about fatigue in 20 patients.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.writeString(in.resolve("late-arrival.txt"), "Orthostatic intolerance in adolescents: a small survey\n\n"
                + "We surveyed 42 adolescents with ME/CFS about dizziness on standing. Most reported daily symptoms.\n",
                StandardCharsets.UTF_8);
        RunSummary second = run(false);
        assertEquals(2, second.processed());
        assertEquals(5, second.skippedUnchanged());
        Map<String, String> after = entriesById();
        assertEquals(7, after.size());
        String changed = id(docs.get(1));
        assertNotEquals(before.get(changed), after.get(changed));
        for (String id : before.keySet()) {
            if (!id.equals(changed)) {
                assertEquals(before.get(id), after.get(id), id + " was unchanged and must keep its entry");
            }
        }
    }

    @Test
    void aVanishedDocumentIsDroppedAndListed() throws IOException {
        String gone = id(docs.get(3));
        Files.delete(docs.get(3));
        RunSummary second = run(false);
        assertEquals(0, second.processed());
        assertEquals(List.of(gone), second.vanished());
        assertFalse(entriesById().containsKey(gone));
        assertFalse(Files.exists(out.resolve("drafts").resolve(gone + ".md")));
        JsonNode report = Fixtures.readJson(out.resolve("run.json"));
        assertEquals(gone, report.path("vanished").get(0).asText());
        assertTrue(second.outputsRewritten());
        assertTrue(run(false).vanished().isEmpty(), "a vanished document is reported once");
    }

    @Test
    void aStoredResultThatCannotBeReadBackIsMadeAgain() throws IOException {
        Path stored = out.resolve(".studydraft/state").resolve(StateStore.safeName(id(docs.get(0))) + ".json");
        String text = Files.readString(stored);
        Files.writeString(stored, text.substring(0, text.indexOf("\"entry\"") + 12)); // its stamp intact, its entry cut off
        Files.writeString(docs.get(1), "\nOne more line.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        RunSummary second = run(false);
        assertEquals(2, second.processed());
        assertEquals(6, entries().size());
    }

    @Test
    void forceRedoesEverything() throws IOException {
        RunSummary forced = run(true);
        assertEquals(6, forced.processed());
        assertEquals(0, forced.skippedUnchanged());
        assertTrue(forced.pipelineAssembled());
    }

    @Test
    void editingOneLexiconFileChangesThePipelineVersionAndRedoesEverything() throws IOException {
        String version = Fixtures.readJson(out.resolve("run.json")).path("pipeline_version").asText();
        Path lexicon = pipeline.resolveSibling("annotators").resolve("lexicons").resolve("symptom.tsv");
        Files.writeString(lexicon, "\n# reviewed again\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        RunSummary second = run(false);
        assertNotEquals(version, second.pipelineVersion());
        assertEquals(6, second.processed());
        for (JsonNode e : entries()) {
            assertEquals(second.pipelineVersion(), e.path("pipeline_version").asText());
        }
    }

    @Test
    void touchingAFileWithoutChangingItRedoesNothing() throws IOException {
        Path lexicon = pipeline.resolveSibling("annotators").resolve("lexicons").resolve("symptom.tsv");
        Files.setLastModifiedTime(lexicon, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Files.setLastModifiedTime(docs.get(0), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(0, run(false).processed(), "versions and skips follow content hashes, not timestamps");
    }

    @Test
    void aNewReadLimitRedoesOnlyTheDocumentsLongerThanIt() throws IOException {
        long limit = (docs.stream().mapToLong(IncrementalRunTest::size).min().orElseThrow()
                + docs.stream().mapToLong(IncrementalRunTest::size).max().orElseThrow()) / 2;
        long longer = docs.stream().filter(d -> size(d) > limit).count();
        assertTrue(longer > 0 && longer < docs.size(), "the fixture needs documents on both sides of the limit");
        RunSummary cut = Fixtures.run(new RunOptions(in, out, Fixtures.HOME, pipeline, false, 2, limit, 60, "2026-01-01", true));
        assertEquals(longer, cut.processed());
        for (JsonNode e : entries()) {
            boolean truncated = e.path("warnings").toString().contains("input truncated");
            assertEquals(size(docs.stream().filter(d -> id(d).equals(e.path("id").asText())).findFirst().orElseThrow()) > limit, truncated);
        }
        assertEquals(longer, run(false).processed(), "back to the default limit, the cut documents are read in full again");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RunSummary run(boolean force) throws IOException {
        return Fixtures.run(Fixtures.options(in, out, pipeline, force, 2));
    }

    private List<JsonNode> entries() throws IOException {
        return Fixtures.readJsonl(out.resolve("entries.jsonl"));
    }

    private Map<String, String> entriesById() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode e : entries()) {
            out.put(e.path("id").asText(), e.toString());
        }
        return out;
    }

    private static String id(Path doc) {
        return InputScanner.stem(doc);
    }
}
