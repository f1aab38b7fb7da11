package org.studydraft.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * The word lists of {@code annotators/cues/sample.tsv} (columns {@code kind, value}), each kind joined into one
 * regex alternation. Values are case-insensitive regex fragments; a kind with no rows matches nothing.
 */
final class SampleCues {
    /** Every kind the sample stage reads; a row of any other kind is a typo and stops assembly. */
    static final List<String> KINDS = List.of("noun", "total_verb", "verb_before", "not_before", "unit_after",
            "year_before", "population_before", "population_after", "study_unit", "subset_before", "screening",
            "asked", "took_part", "citing");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private SampleCues() {
        KINDS.forEach(k -> values.put(k, new ArrayList<>()));
    }

    static SampleCues load(Path file) {
        SampleCues cues = new SampleCues();
        for (String[] row : Resources.readTsv(file, 2)) {
            List<String> list = cues.values.get(row[0]);
            if (list == null || row[1].isEmpty()) {
                throw new PipelineException(file + ": unknown sample cue kind or empty value: " + String.join(" | ", row));
            }
            list.add(row[1]);
        }
        return cues;
    }

    /** The values of one kind as a non-capturing alternation; one that never matches when the kind is empty. */
    String any(String kind) {
        List<String> list = values.get(kind);
        return list.isEmpty() ? "(?!)" : "(?:" + String.join("|", list) + ")";
    }
}
