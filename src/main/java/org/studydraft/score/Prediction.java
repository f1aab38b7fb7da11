package org.studydraft.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Span;

/**
 * A pipeline entry as the scorer reads it: only the contract's fields ({@code entry-contract.md}), each read
 * leniently, so a partial or empty entry (a rejected document, a prediction file from an older version) scores as
 * "nothing predicted" instead of failing.
 */
public record Prediction(JsonNode entry) {
    /** No prediction at all: every field absent. */
    public static final Prediction EMPTY = new Prediction(MissingNode.getInstance());

    /** One predicted entity as the contract writes it. */
    public record PredictedEntity(String type, String text, String normalized) {
    }

    /** One predicted statistic: type, value and the p-value with its operator. */
    public record PredictedStatistic(String type, Double value, String pOp, Double p) {
    }

    public String id() {
        return text(entry.path("id"));
    }

    public String sha256() {
        return text(entry.path("source").path("sha256"));
    }

    public String kind() {
        return text(entry.path("source").path("kind"));
    }

    public Boolean primaryStudy() {
        return bool(entry.path("primary_study"));
    }

    public String design() {
        return text(entry.path("design").path("label"));
    }

    public int designEvidence() {
        return entry.path("design").path("evidence").size();
    }

    public Boolean human() {
        return bool(entry.path("human"));
    }

    public boolean hasSample() {
        return entry.path("sample").isObject();
    }

    public Integer sampleTotal() {
        JsonNode t = entry.path("sample").path("total");
        return t.isNumber() ? t.asInt() : null;
    }

    public int sampleEvidence() {
        return entry.path("sample").path("evidence").size();
    }

    public List<String> caseDefinitions() {
        List<String> out = new ArrayList<>();
        for (JsonNode cd : entry.path("case_definitions")) {
            String name = text(cd.isTextual() ? cd : cd.path("name"));
            if (name != null && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Evidence span counts of the case definitions, in entry order. */
    public List<Integer> caseDefinitionEvidence() {
        List<Integer> out = new ArrayList<>();
        for (JsonNode cd : entry.path("case_definitions")) {
            out.add(cd.path("evidence").size());
        }
        return out;
    }

    public String pem() {
        return text(entry.path("pem").path("label"));
    }

    public int pemEvidence() {
        return entry.path("pem").path("evidence").size();
    }

    public String evidenceLevel() {
        return text(entry.path("evidence_level").path("level"));
    }

    public String caseDefinitionQuality() {
        return text(entry.path("case_definition_quality"));
    }

    public List<String> methodFlags() {
        return strings(entry.path("method_flags"));
    }

    public String title() {
        return text(entry.path("title"));
    }

    public Integer year() {
        JsonNode y = entry.path("year");
        if (y.isNumber()) {
            return y.asInt();
        }
        return y.isTextual() && y.asText().strip().matches("\\d{4}") ? Integer.valueOf(y.asText().strip()) : null;
    }

    public String pmid() {
        JsonNode p = entry.path("pmid");
        return p.isNumber() ? p.asText() : text(p);
    }

    public String doi() {
        return text(entry.path("doi"));
    }

    public List<String> conditions() {
        return strings(entry.path("conditions"));
    }

    public List<PredictedEntity> entities() {
        List<PredictedEntity> out = new ArrayList<>();
        for (JsonNode e : entry.path("entities")) {
            out.add(new PredictedEntity(text(e.path("type")), text(e.path("text")), text(e.path("normalized"))));
        }
        return out;
    }

    public List<PredictedStatistic> statistics() {
        List<PredictedStatistic> out = new ArrayList<>();
        for (JsonNode s : entry.path("statistics")) {
            out.add(new PredictedStatistic(text(s.path("type")), number(s.path("value")), text(s.path("p_op")), number(s.path("p"))));
        }
        return out;
    }

    public String clean() {
        String c = text(entry.path("text").path("clean"));
        return c == null ? "" : c;
    }

    /** The text of the sentences the entry lists as findings. */
    public List<String> findingSentences() {
        return sentences("findings");
    }

    /** The text of the sentences the entry lists as conclusions. */
    public List<String> conclusionSentences() {
        return sentences("conclusions");
    }

    private List<String> sentences(String field) {
        String clean = clean();
        JsonNode spans = entry.path("text").path("sentences");
        List<String> out = new ArrayList<>();
        for (JsonNode index : entry.path(field)) {
            JsonNode span = spans.path(index.asInt(-1));
            int start = span.path(0).asInt(-1);
            int end = span.path(1).asInt(-1);
            if (index.canConvertToInt() && start >= 0 && start <= end && end <= clean.length()) {
                out.add(new Span(start, end).of(clean));
            }
        }
        return out;
    }

    /** Every text of the draft's sections, in section order. */
    public List<String> draftTexts() {
        List<String> out = new ArrayList<>();
        JsonNode draft = entry.path("draft");
        for (String section : List.of("quick_summary", "why_it_matters", "observed_findings", "inferred_conclusions",
                "remaining_questions", "does_not_prove")) {
            JsonNode v = draft.path(section);
            if (v.isTextual()) {
                out.add(v.asText());
            } else {
                out.addAll(strings(v));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static Boolean bool(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : null;
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (v.isTextual()) {
                out.add(v.asText());
            }
        }
        return out;
    }
}
