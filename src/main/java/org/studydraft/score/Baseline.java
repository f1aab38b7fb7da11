package org.studydraft.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studydraft.write.Json;

/**
 * The regression gate's reference ({@code gold/baseline.json}): each row's headline figure (accuracy, rate or F1)
 * on a split when the baseline was written. A later run regresses when a figure falls more than the tolerance below
 * it (or, for a lower-is-better rate, rises more than the tolerance above it). Rewrite it with
 * {@code studydraft score --split dev --write-baseline gold/baseline.json} after an intended change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Baseline(String about, String split, String source, List<String> documents, Map<String, Double> figures) {
    public static final double TOLERANCE = 0.02;
    private static final String ABOUT = "Regression gate: headline figure per score row (accuracy, rate or F1). "
            + "Regenerate: studydraft score --split dev --write-baseline gold/baseline.json";

    public static Baseline of(Scoreboard board) {
        Map<String, Double> figures = new LinkedHashMap<>();
        board.headlines().forEach((key, v) -> {
            if (v != null) {
                figures.put(key, Math.round(v * 10000) / 10000.0);
            }
        });
        return new Baseline(ABOUT, board.split(), board.source(), List.copyOf(board.documents()), figures);
    }

    public static Baseline read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), Baseline.class);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    /** One message per figure that regressed beyond {@code tolerance}; empty when none did. */
    public List<String> regressions(Scoreboard current, double tolerance) {
        List<String> out = new ArrayList<>();
        figures.forEach((key, base) -> {
            ScoreField field = ScoreField.byKey(key);
            if (field == null) {
                return;
            }
            Double now = current.headline(field);
            if (now == null) {
                out.add(key + ": no longer measured (baseline " + ScoreTable.figure(base) + ")");
            } else if (field.lowerIsBetter() ? now > base + tolerance : now < base - tolerance) {
                out.add(String.format("%s: %.4f, baseline %.4f (%s is better, tolerance %.2f)", key, now, base,
                        field.lowerIsBetter() ? "lower" : "higher", tolerance));
            }
        });
        return out;
    }

    /** How the scored documents differ from the baseline's, or null when they are the same. */
    public String documentChange(Scoreboard current) {
        List<String> added = current.documents().stream().filter(id -> !documents.contains(id)).toList();
        List<String> removed = documents.stream().filter(id -> !current.documents().contains(id)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        return "the scored documents differ from the baseline's (added " + added + ", removed " + removed
                + "); if the change comes from them, rewrite the baseline";
    }
}
