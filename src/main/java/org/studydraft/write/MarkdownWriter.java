package org.studydraft.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code drafts/<id>.md}: the draft as a reviewer reads it, laid out like an atlas entry (seed 001). */
public final class MarkdownWriter {
    private MarkdownWriter() {
    }

    public static String render(JsonNode e, String generatedDate) {
        StringBuilder md = new StringBuilder();
        md.append(String.join(" · ", badges(e))).append("\n\n");
        String title = e.path("title").isNull() || e.path("title").isMissingNode() ? e.path("id").asText() : e.path("title").asText();
        md.append("# ").append(title).append("\n\n");
        List<String> byline = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        e.path("authors").forEach(a -> authors.add(a.asText()));
        if (!authors.isEmpty()) {
            byline.add(String.join("; ", authors));
        }
        if (!e.path("journal").isNull() && !e.path("journal").isMissingNode()) {
            byline.add(e.path("journal").asText());
        }
        if (!e.path("year").isNull() && !e.path("year").isMissingNode()) {
            byline.add(e.path("year").asText());
        }
        if (!byline.isEmpty()) {
            md.append(String.join(" · ", byline)).append("\n\n");
        }
        JsonNode d = e.path("draft");
        section(md, "Quick Summary", d.path("quick_summary").asText());
        section(md, "Why It Matters", d.path("why_it_matters").asText());
        bullets(md, "Observed Findings", d.path("observed_findings"));
        bullets(md, "Inferred Conclusions", d.path("inferred_conclusions"));
        bullets(md, "Remaining Questions", d.path("remaining_questions"));
        section(md, "What This Study Does Not Prove", d.path("does_not_prove").asText());
        md.append("## Tags\n\n");
        tagLine(md, "Symptom", e.path("tags").path("symptom"));
        tagLine(md, "Biomarker", e.path("tags").path("biomarker"));
        tagLine(md, "Method Flag", e.path("tags").path("method_flag"));
        md.append("\n## Metadata\n\n");
        if (!e.path("pmid").isNull() && !e.path("pmid").isMissingNode()) {
            md.append("- PMID: ").append(e.path("pmid").asText()).append('\n');
        }
        if (!e.path("doi").isNull() && !e.path("doi").isMissingNode()) {
            md.append("- DOI: ").append(e.path("doi").asText()).append('\n');
        }
        md.append("- Review status: Machine draft\n");
        JsonNode el = e.path("evidence_level");
        md.append("- Evidence level: ").append(el.path("level").asText()).append(' ').append(el.path("label").asText())
                .append(" (").append(el.path("confidence").asText()).append(") — ").append(el.path("reason").asText()).append('\n');
        md.append("- Generated: ").append(generatedDate).append('\n');
        md.append("- Pipeline version: ").append(e.path("pipeline_version").asText()).append('\n');
        if (e.path("warnings").size() > 0) {
            md.append("\n## Warnings\n\n");
            e.path("warnings").forEach(w -> md.append("- ").append(w.asText()).append('\n'));
        }
        return md.toString();
    }

    static List<String> badges(JsonNode e) {
        List<String> b = new ArrayList<>();
        JsonNode el = e.path("evidence_level");
        b.add(el.path("level").asText() + " " + el.path("label").asText());
        b.add(capitalise(el.path("confidence").asText()));
        b.add("PEM " + e.path("pem").path("label").asText().replace('_', ' '));
        b.add(designName(e.path("design").path("label").asText()));
        if (e.path("retracted").asBoolean(false)) {
            b.add("RETRACTED");
        }
        if (e.path("needs_attention").asBoolean(false)) {
            b.add("NEEDS ATTENTION");
        }
        b.add("Machine draft");
        return b;
    }

    static String designName(String label) {
        return switch (label) {
            case "rct" -> "RCT";
            case "case_control" -> "Case-Control";
            case "non_randomised_trial" -> "Non-Randomised Trial";
            case "none" -> "No Study";
            default -> capitalise(label.replace('_', ' '));
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static void section(StringBuilder md, String heading, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n").append(body).append("\n\n");
    }

    private static void bullets(StringBuilder md, String heading, JsonNode items) {
        if (items.size() == 0) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        items.forEach(i -> md.append("- ").append(i.asText()).append('\n'));
        md.append('\n');
    }

    private static void tagLine(StringBuilder md, String label, JsonNode items) {
        List<String> t = new ArrayList<>();
        items.forEach(i -> t.add(i.asText()));
        if (!t.isEmpty()) {
            md.append("- ").append(label).append(": ").append(String.join(", ", t)).append('\n');
        }
    }
}
