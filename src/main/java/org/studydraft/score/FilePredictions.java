package org.studydraft.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studydraft.write.EntryBuilder;
import org.studydraft.write.Json;

/**
 * Predictions read from an {@code entries.jsonl} written by {@code studydraft run}. An entry belongs to a gold label
 * when its {@code id} is the label's id or, failing that, when its {@code source.sha256} is the hash of the label's
 * raw document: a run over {@code ../shared/corpus/raw} names its entries {@code 017}, not {@code raw-017}.
 */
public final class FilePredictions implements PredictionSource {
    private final Path file;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final Map<String, JsonNode> bySha = new HashMap<>();

    public FilePredictions(Path file) throws IOException {
        this.file = file;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode entry;
            try {
                entry = Json.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new IOException(file + " line " + (i + 1) + ": not a JSON entry: " + e.getMessage(), e);
            }
            if (entry.path("id").isTextual()) {
                byId.putIfAbsent(entry.get("id").asText(), entry);
            }
            if (entry.path("source").path("sha256").isTextual()) {
                bySha.putIfAbsent(entry.get("source").get("sha256").asText(), entry);
            }
        }
    }

    @Override
    public Result predict(GoldLabel label, RawDocument raw) {
        JsonNode entry = byId.get(label.id());
        if (entry == null && raw != null) {
            entry = bySha.get(EntryBuilder.sha256(raw.bytes()));
        }
        return entry == null ? Result.missing("no entry in " + file.getFileName()) : Result.of(new Prediction(entry));
    }

    @Override
    public String describe() {
        return "predictions " + file;
    }
}
