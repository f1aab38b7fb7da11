package org.studydraft.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the contract's output files from the complete set of entries: {@code entries.jsonl}, {@code entries.csv},
 * {@code drafts/<id>.md}, {@code review.html}, {@code rejected.jsonl}, {@code run.json}. Every file is replaced
 * atomically; drafts of documents that vanished are removed.
 */
public final class OutputWriter {
    private final Path out;
    private final String generatedDate;

    public OutputWriter(Path out, String generatedDate) {
        this.out = out;
        this.generatedDate = generatedDate;
    }

    public void writeAll(List<JsonNode> entries, List<JsonNode> rejected, JsonNode runReport, boolean changed) throws IOException {
        Files.createDirectories(out);
        boolean complete = Files.exists(out.resolve("entries.jsonl")) && Files.exists(out.resolve("review.html"))
                && Files.exists(out.resolve("entries.csv")) && Files.exists(out.resolve("rejected.jsonl"));
        if (changed || !complete) {
            jsonl(out.resolve("entries.jsonl"), entries);
            CsvWriter.write(out.resolve("entries.csv"), entries);
            drafts(entries);
            AtomicFiles.writeString(out.resolve("review.html"), ReviewPageWriter.render(entries,
                    entries.size() + " entries · pipeline " + runReport.path("pipeline_version").asText()));
        }
        jsonl(out.resolve("rejected.jsonl"), rejected);
        AtomicFiles.writeString(out.resolve("run.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(runReport) + "\n");
    }

    static void jsonl(Path target, List<JsonNode> rows) throws IOException {
        AtomicFiles.write(target, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            for (JsonNode r : rows) {
                w.write(Json.MAPPER.writeValueAsString(r));
                w.write('\n');
            }
            w.flush();
        });
    }

    private void drafts(List<JsonNode> entries) throws IOException {
        Path dir = out.resolve("drafts");
        Files.createDirectories(dir);
        Set<String> names = new HashSet<>();
        for (JsonNode e : entries) {
            String name = e.path("id").asText() + ".md";
            names.add(name);
            String md = MarkdownWriter.render(e, generatedDate);
            Path target = dir.resolve(name);
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(md)) {
                AtomicFiles.writeString(target, md);
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.md")) {
            for (Path f : files) {
                if (!names.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
