package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studydraft.batch.CachedResult;
import org.studydraft.batch.DocumentProcessor;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.write.EntryBuilder;
import org.studydraft.write.Json;

/**
 * Every gold document whose raw file is present goes through the real pipeline (the one DocumentProcessor path
 * from bytes to entry); every statistic of its entry must quote the clean text exactly at its offsets. Documents
 * under ../shared are skipped with a notice in a clone without it.
 */
class StatisticGoldSpansTest {

    @Test
    void everyStatisticQuotesTheCleanTextAtItsSpan() throws IOException {
        Path home = ProjectHome.locate();
        DocumentProcessor processor = new DocumentProcessor(
                StudyDraftPipeline.assemble(home, StudyDraftPipeline.pipelineFile(home, null)), "test");
        List<Path> labels;
        try (Stream<Path> files = Files.list(home.resolve("gold/labels"))) {
            labels = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> skipped = new ArrayList<>();
        int documents = 0;
        int statistics = 0;
        for (Path label : labels) {
            JsonNode gold = Json.MAPPER.readTree(label.toFile());
            Path doc = home.resolve(gold.path("doc").asText()).normalize();
            if (!Files.isRegularFile(doc)) {
                skipped.add(gold.path("id").asText());
                continue;
            }
            byte[] bytes = Files.readAllBytes(doc);
            CachedResult result = processor.process(gold.path("id").asText(), doc, doc.toString(), bytes,
                    EntryBuilder.sha256(bytes), List.of());
            if (result.rejected()) {
                continue;
            }
            documents++;
            String clean = result.entry().path("text").path("clean").asText();
            for (JsonNode s : result.entry().path("statistics")) {
                int start = s.path("start").asInt();
                int end = s.path("end").asInt();
                String where = gold.path("id").asText() + " " + s;
                assertTrue(0 <= start && start < end && end <= clean.length(), where);
                assertEquals(clean.substring(start, end), s.path("text").asText(), where);
                assertFalse(s.path("text").asText().contains("\n"), where);
                statistics++;
            }
        }
        if (!skipped.isEmpty()) {
            System.err.println("NOTICE: " + skipped.size() + " gold documents absent (../shared missing?), skipped");
        }
        assertTrue(documents > 0, "no gold document could be read");
        assertTrue(statistics > 0, "the gold documents report statistics; none were found");
    }
}
