package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a published output holds, summed up for the run report: entries, rejections by reason, warnings by kind,
 * drafts needing attention, study groups. A function of the results alone, so a run that republishes nothing
 * reads it back from the report it keeps ({@link RunSummary#outputStatsOf}).
 */
public record OutputStats(int entries, int rejected, Map<String, Integer> rejectedByReason, int warnings,
                          Map<String, Integer> warningsByKind, List<String> needsAttention, int studies, int entriesInStudies) {

    /** The figures of linked entries (with {@code study_id} and {@code related}) and rejection rows. */
    static OutputStats of(List<JsonNode> entries, List<JsonNode> rejectedRows) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (JsonNode r : rejectedRows) {
            byReason.merge(kindOf(r.path("reason").asText()), 1, Integer::sum);
        }
        Map<String, Integer> warningsByKind = new TreeMap<>();
        List<String> attention = new ArrayList<>();
        Set<String> studies = new HashSet<>();
        int warnings = 0;
        int inStudies = 0;
        for (JsonNode e : entries) {
            for (JsonNode w : e.path("warnings")) {
                warnings++;
                warningsByKind.merge(kindOf(w.asText()), 1, Integer::sum);
            }
            if (e.path("needs_attention").asBoolean(false)) {
                attention.add(e.path("id").asText());
            }
            if (e.path("related").size() > 0) {
                studies.add(e.path("study_id").asText());
                inStudies++;
            }
        }
        return new OutputStats(entries.size(), rejectedRows.size(), byReason, warnings, warningsByKind, attention,
                studies.size(), inStudies);
    }

    /** A reason's or warning's kind for the summary: "binary content (NUL byte at 12)" counts as "binary content". */
    static String kindOf(String reason) {
        int paren = reason.indexOf(" (");
        int colon = reason.indexOf(':');
        int cut = paren < 0 ? colon : (colon < 0 ? paren : Math.min(paren, colon));
        return cut > 0 ? reason.substring(0, cut) : reason;
    }
}
