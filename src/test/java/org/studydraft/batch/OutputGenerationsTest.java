package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.write.Json;

class OutputGenerationsTest {
    @TempDir
    Path out;

    @Test
    void publishesThroughLinksAndRefreshesOnlyTheReportOfAnUnchangedResult() throws IOException {
        OutputGenerations g = new OutputGenerations(out);
        List<JsonNode> entries = List.of(entry("a"), entry("b"));
        assertFalse(g.isCurrent("k1"));
        g.publish("k1", entries, List.of(), report(1), "2026-01-01");
        assertTrue(g.isCurrent("k1"));
        for (String name : OutputGenerations.PUBLISHED) {
            assertTrue(Files.isSymbolicLink(out.resolve(name)), name);
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        assertEquals(2, Fixtures.readJsonl(out.resolve("entries.jsonl")).size());
        g.refreshReport("k1", report(2).toString());
        assertEquals(2, Fixtures.readJson(out.resolve("run.json")).path("run").asInt());
        assertTrue(Files.readString(out.resolve("drafts/a.md")).contains("2026-01-01"), "the rest of the output stands");
    }

    @Test
    void aHalfWrittenGenerationIsNeverShownAndIsReplacedNextTime() throws IOException {
        OutputGenerations g = new OutputGenerations(out);
        g.publish("k1", List.of(entry("a")), List.of(), report(1), "2026-01-01");
        Path half = out.resolve(".studydraft/gen/k2");
        Files.createDirectories(half);
        Files.writeString(half.resolve("entries.jsonl"), "{\"id\":\"a\"}\n{\"id\":", StandardCharsets.UTF_8); // killed mid-write
        assertFalse(g.isCurrent("k2"));
        assertEquals(1, Fixtures.readJsonl(out.resolve("entries.jsonl")).size(), "readers still see the last complete set");
        g.publish("k2", List.of(entry("a"), entry("b")), List.of(), report(2), "2026-01-01");
        assertEquals(2, Fixtures.readJsonl(out.resolve("entries.jsonl")).size());
        assertFalse(Files.exists(out.resolve(".studydraft/gen/k1")), "older generations are removed");
    }

    @Test
    void anOutputFolderWrittenBeforeGenerationsIsTakenOver() throws IOException {
        Files.writeString(out.resolve("entries.jsonl"), "{\"id\":\"old\"}\n");
        Files.createDirectories(out.resolve("drafts"));
        Files.writeString(out.resolve("drafts/old.md"), "# old");
        new OutputGenerations(out).publish("k1", List.of(entry("new")), List.of(), report(1), "2026-01-01");
        assertEquals("new", Fixtures.readJsonl(out.resolve("entries.jsonl")).get(0).path("id").asText());
        assertTrue(Files.isSymbolicLink(out.resolve("drafts")));
        assertTrue(Files.exists(out.resolve("drafts/new.md")));
        assertFalse(Files.exists(out.resolve("drafts/old.md")));
    }

    private static JsonNode entry(String id) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("id", id);
        e.put("title", "Title of " + id);
        e.put("pipeline_version", "test");
        e.putObject("evidence_level").put("level", "E3");
        e.putObject("draft").put("quick_summary", "Summary of " + id);
        return e;
    }

    private static JsonNode report(int run) {
        return Json.MAPPER.createObjectNode().put("pipeline_version", "test").put("run", run);
    }
}
