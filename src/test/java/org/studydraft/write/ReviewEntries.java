package org.studydraft.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-made entries shaped like {@code entries.jsonl} (entry-contract.md) for the review page's tests. Spans are
 * found in the entry's own text, so a test can say which words a highlight must cover.
 */
final class ReviewEntries {
    private static final Pattern SENTENCE = Pattern.compile("\\S.*?(?:[.!?](?=\\s|$)|$)");

    private final ObjectNode e = Json.MAPPER.createObjectNode();
    private final String text;

    private ReviewEntries(String id, String title, String text) {
        this.text = text;
        e.put("id", id);
        ObjectNode source = e.putObject("source");
        source.put("path", id + ".txt").put("sha256", "0".repeat(64)).put("kind", "abstract");
        source.putObject("kind_decision").put("confidence", 0.9).put("reason", "hand-made").putArray("evidence");
        e.put("status", "machine_draft").put("pipeline_version", "test-1");
        ObjectNode t = e.putObject("text");
        t.put("clean", text);
        ArrayNode sentences = t.putArray("sentences");
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            sentences.addArray().add(m.start()).add(m.end());
        }
        e.put("title", title).put("journal", "Journal of Tests").put("year", 2024).putNull("pmid").putNull("doi");
        e.putArray("authors").add("Doe, Jane").add("Roe, Richard");
        e.put("retracted", false).put("primary_study", true);
        design("none", E3);
        e.put("human", true);
        e.putNull("sample");
        e.putArray("case_definitions");
        pem("unclear");
        e.put("case_definition_quality", "unclear");
        e.putArray("method_flags");
        e.putArray("conditions").add("ME/CFS");
        e.putArray("entities");
        e.putArray("statistics");
        e.putArray("findings");
        e.putArray("conclusions");
        ObjectNode draft = e.putObject("draft");
        draft.put("quick_summary", "A hand-made entry about " + title + ".").put("why_it_matters", "It exercises the review page.");
        draft.putArray("observed_findings");
        draft.putArray("inferred_conclusions");
        draft.putArray("remaining_questions").add("Would it hold in a larger sample?");
        draft.put("does_not_prove", "A test entry proves nothing about ME/CFS.");
        e.putObject("tags").putArray("symptom");
        ((ObjectNode) e.get("tags")).putArray("biomarker");
        ((ObjectNode) e.get("tags")).putArray("method_flag");
        e.putArray("wording_flags");
        e.put("needs_attention", false);
        e.putArray("warnings");
    }

    record Level(String level, String label) {
    }

    static final Level E1 = new Level("E1", "Strong");
    static final Level E2 = new Level("E2", "Moderate");
    static final Level E3 = new Level("E3", "Limited");

    static ReviewEntries entry(String id, String title, String text) {
        return new ReviewEntries(id, title, text);
    }

    ObjectNode build() {
        return e;
    }

    ReviewEntries kind(String kind) {
        ((ObjectNode) e.get("source")).put("kind", kind);
        return this;
    }

    ReviewEntries design(String label, Level level, String... evidence) {
        ObjectNode d = e.putObject("design");
        d.put("label", label).put("confidence", 0.8).put("reason", "hand-made design cue");
        d.set("evidence", spans(evidence));
        e.putObject("evidence_level").put("level", level.level()).put("label", level.label())
                .put("confidence", level == E3 ? "preliminary" : "higher").put("reason", "design '" + label + "'");
        return this;
    }

    ReviewEntries pem(String label, String... evidence) {
        ObjectNode p = e.putObject("pem");
        p.put("label", label).put("confidence", 0.7).put("reason", "hand-made");
        p.set("evidence", spans(evidence));
        return this;
    }

    ReviewEntries sample(int total, String evidence) {
        ObjectNode s = e.putObject("sample");
        s.put("total", total).putArray("groups").addObject().put("label", "patients").put("n", total);
        s.put("reason", "stated total");
        s.set("evidence", spans(evidence));
        return this;
    }

    ReviewEntries caseDefinition(String name, String evidence) {
        ((ArrayNode) e.get("case_definitions")).addObject().put("name", name).set("evidence", spans(evidence));
        return this;
    }

    ReviewEntries flags(String... flags) {
        ArrayNode a = (ArrayNode) e.get("method_flags");
        ArrayNode tags = (ArrayNode) e.get("tags").get("method_flag");
        for (String f : flags) {
            a.add(f);
            tags.add(f);
        }
        return this;
    }

    ReviewEntries entity(String type, String surface, String normalized) {
        int start = at(surface);
        ((ArrayNode) e.get("entities")).addObject().put("type", type).put("text", surface).put("normalized", normalized)
                .put("start", start).put("end", start + surface.length()).put("via", "lexicon");
        ((ArrayNode) e.get("tags").get(type)).add(normalized);
        return this;
    }

    ReviewEntries statistic(String surface, String check) {
        int start = at(surface);
        ((ArrayNode) e.get("statistics")).addObject().put("type", "t").put("text", surface).put("start", start)
                .put("end", start + surface.length()).put("check", check);
        return this;
    }

    /** Adds the sentence holding {@code words} as a finding (or conclusion) and its text to the draft. */
    ReviewEntries finding(String words) {
        return sentence(words, "findings", "observed_findings");
    }

    ReviewEntries conclusion(String words) {
        return sentence(words, "conclusions", "inferred_conclusions");
    }

    private ReviewEntries sentence(String words, String indexes, String draftField) {
        int at = at(words);
        ArrayNode sentences = (ArrayNode) e.get("text").get("sentences");
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).get(0).asInt();
            int end = sentences.get(i).get(1).asInt();
            if (start <= at && at < end) {
                ((ArrayNode) e.get(indexes)).add(i);
                ((ArrayNode) e.get("draft").get(draftField)).add(text.substring(start, end));
                return this;
            }
        }
        throw new IllegalArgumentException("no sentence holds " + words);
    }

    ReviewEntries set(String field, boolean value) {
        e.put(field, value);
        return this;
    }

    ReviewEntries set(String field, String value) {
        e.put(field, value);
        return this;
    }

    ReviewEntries warning(String warning) {
        ((ArrayNode) e.get("warnings")).add(warning);
        return this;
    }

    private ArrayNode spans(String... phrases) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (String p : phrases) {
            int start = at(p);
            a.addArray().add(start).add(start + p.length());
        }
        return a;
    }

    private int at(String phrase) {
        int i = text.indexOf(phrase);
        if (i < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text of " + e.get("id"));
        }
        return i;
    }

    static List<String> fillerSentences(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> "Background sentence " + i + " describes earlier work on fatigue without new data.").toList();
    }
}
