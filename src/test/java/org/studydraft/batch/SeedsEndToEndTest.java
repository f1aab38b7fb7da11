package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.draft.NumberGuard;
import org.studydraft.testutil.SharedCorpus;
import org.studydraft.write.Json;

/** The whole pipeline over the five shared seeds, asserting real values the texts state. */
class SeedsEndToEndTest {
    @TempDir
    static Path out;
    static Map<String, JsonNode> entries = new HashMap<>();
    static RunSummary first;
    static RunSummary second;

    @BeforeAll
    static void runTwice() throws IOException {
        SharedCorpus.assumePresent();
        RunOptions options = new RunOptions(SharedCorpus.SEEDS, out, ProjectHome.locate(), null, false, 2, 2_000_000, 60,
                "2026-01-01", true);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        first = new BatchRunner(options, quiet).run();
        second = new BatchRunner(options, quiet).run();
        for (String line : Files.readAllLines(out.resolve("entries.jsonl"))) {
            JsonNode e = Json.MAPPER.readTree(line);
            entries.put(e.path("id").asText().substring(0, 3), e);
        }
    }

    @Test
    void writesEveryContractFileAndFiveEntries() {
        for (String f : List.of("entries.jsonl", "entries.csv", "review.html", "rejected.jsonl", "run.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(5, entries.size());
        for (String id : entries.keySet()) {
            assertTrue(Files.isRegularFile(out.resolve("drafts").resolve(entries.get(id).path("id").asText() + ".md")));
        }
        assertEquals(5, first.processed());
    }

    @Test
    void secondIdenticalRunHasNothingToDo() throws IOException {
        assertEquals(0, second.processed());
        assertEquals(5, second.skippedUnchanged());
        assertTrue(second.nothingToDo());
        assertTrue(Json.MAPPER.readTree(out.resolve("run.json").toFile()).path("nothing_to_do").asBoolean());
    }

    @Test
    void seed000NewsAboutACaseControlStudy() {
        JsonNode e = entries.get("000");
        assertEquals(108, e.path("sample").path("total").asInt());
        assertEquals(56, e.path("sample").path("groups").get(0).path("n").asInt());
        assertEquals(52, e.path("sample").path("groups").get(1).path("n").asInt());
        assertEquals("case_control", e.path("design").path("label").asText());
        assertTrue(strings(e.path("conditions")).contains("ME/CFS"));
        assertTrue(entityNames(e, "biomarker").contains("IL-6"));
        String clean = e.path("text").path("clean").asText();
        assertFalse(clean.contains("Stay Updated"));
        assertFalse(clean.contains("Related Articles"));
        assertFalse(clean.contains("Genetic Circuit Insights"), "teasers after 'Related Articles' are chrome too");
    }

    @Test
    void seed001AtlasEntryWithItsStatistics() {
        JsonNode e = entries.get("001");
        assertEquals("17693979", e.path("pmid").asText());
        assertEquals(2007, e.path("year").asInt());
        List<String> stats = new ArrayList<>();
        for (JsonNode s : e.path("statistics")) {
            stats.add(s.path("type").asText() + "=" + s.path("value").asDouble() + " p" + s.path("p_op").asText() + s.path("p").asDouble());
        }
        assertTrue(stats.contains("F=19.4 p=2.0E-4"), stats.toString());
        assertTrue(stats.contains("F=14.0 p=9.0E-4"), stats.toString());
        assertTrue(stats.contains("F=7.9 p=0.008"), stats.toString());
        assertEquals(36, e.path("sample").path("total").asInt());
        for (JsonNode g : e.path("sample").path("groups")) {
            assertEquals(18, g.path("n").asInt());
        }
    }

    @Test
    void seed003ForumWithTheBannerGone() {
        JsonNode e = entries.get("003");
        assertEquals("forum", e.path("source").path("kind").asText());
        Set<String> conditions = strings(e.path("conditions"));
        assertTrue(conditions.contains("lupus"), conditions.toString());
        assertTrue(conditions.contains("Sjogren's syndrome"), conditions.toString());
        String clean = e.path("text").path("clean").asText();
        assertFalse(clean.contains("Welcome to Phoenix Rising"));
        assertFalse(clean.contains("To register, simply click"));
        assertFalse(clean.contains("Senior Member"));
    }

    @Test
    void seed004NoStudyAndNoRatingWidget() {
        JsonNode e = entries.get("004");
        assertEquals("none", e.path("design").path("label").asText());
        assertEquals("not_applicable", e.path("pem").path("label").asText());
        String clean = e.path("text").path("clean").asText();
        assertFalse(clean.contains("Average Rating"));
        assertFalse(clean.contains("\nHappy\n"));
        assertFalse(clean.contains("5 Star"));
    }

    @Test
    void everySpanQuotesTheCleanTextExactly() {
        for (JsonNode e : entries.values()) {
            String clean = e.path("text").path("clean").asText();
            for (String layer : List.of("entities", "statistics")) {
                for (JsonNode x : e.path(layer)) {
                    assertEquals(x.path("text").asText(), clean.substring(x.path("start").asInt(), x.path("end").asInt()),
                            e.path("id").asText() + " " + layer);
                }
            }
        }
    }

    @Test
    void noDraftStatesANumberTheSourceLacks() {
        for (JsonNode e : entries.values()) {
            NumberGuard guard = new NumberGuard(e.path("text").path("clean").asText());
            JsonNode d = e.path("draft");
            StringBuilder all = new StringBuilder();
            d.fields().forEachRemaining(f -> {
                if (f.getValue().isArray()) {
                    f.getValue().forEach(x -> all.append(x.asText()).append('\n'));
                } else {
                    all.append(f.getValue().asText()).append('\n');
                }
            });
            assertEquals(List.of(), guard.unsupported(all.toString()), e.path("id").asText());
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Set<String> entityNames(JsonNode e, String type) {
        Set<String> out = new HashSet<>();
        for (JsonNode x : e.path("entities")) {
            if (x.path("type").asText().equals(type)) {
                out.add(x.path("normalized").asText());
            }
        }
        return out;
    }
}
