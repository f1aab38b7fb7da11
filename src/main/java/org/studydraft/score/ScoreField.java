package org.studydraft.score;

/**
 * The rows of the score table, in print order. Each row is an accuracy (correct of scored documents), a
 * precision/recall/F1 over matched items, or a rate; its key names it in the JSON output and the baseline.
 */
public enum ScoreField {
    KIND(Kind.ACCURACY, "kind", "kind"),
    PRIMARY_STUDY(Kind.ACCURACY, "primary_study", "primary study"),
    DESIGN(Kind.ACCURACY, "design", "design (design_accept counts)"),
    HUMAN(Kind.ACCURACY, "human", "human"),
    SAMPLE_TOTAL(Kind.ACCURACY, "sample_total", "sample total (accept counts)"),
    SAMPLE_TOTAL_STATED(Kind.ACCURACY, "sample_total_stated", "sample total, gold non-null only"),
    PEM(Kind.ACCURACY, "pem", "pem (pem_accept counts)"),
    EVIDENCE_LEVEL(Kind.ACCURACY, "evidence_level", "evidence level"),
    CASE_DEFINITION_QUALITY(Kind.ACCURACY, "case_definition_quality", "case-definition quality"),
    TITLE(Kind.ACCURACY, "title", "title"),
    YEAR(Kind.ACCURACY, "year", "year"),
    PMID(Kind.ACCURACY, "pmid", "pmid"),
    DOI(Kind.ACCURACY, "doi", "doi"),

    CASE_DEFINITIONS(Kind.PRF, "case_definitions", "case definitions"),
    METHOD_FLAGS(Kind.PRF, "method_flags", "method flags"),
    BIOMARKERS(Kind.PRF, "entities.biomarker", "entities: biomarker"),
    SYMPTOMS(Kind.PRF, "entities.symptom", "entities: symptom"),
    INTERVENTIONS(Kind.PRF, "entities.intervention", "entities: intervention"),
    CONDITIONS(Kind.PRF, "entities.condition", "entities: condition"),
    ENTITIES(Kind.PRF, "entities.all", "entities: all types"),
    STATISTICS(Kind.PRF, "statistics", "statistics"),
    FINDINGS(Kind.PRF, "findings", "findings"),
    CONCLUSIONS(Kind.PRF, "conclusions", "conclusions"),
    CLEAN_TOKENS(Kind.PRF, "clean_tokens", "clean-text tokens"),

    UNSUPPORTED_DRAFT_NUMBERS(Kind.RATE_LOWER_BETTER, "draft_numbers_unsupported", "draft numbers not in text.clean"),
    EVIDENCE_SPANS(Kind.RATE, "evidence_spans", "classified fields with evidence");

    /** How a row is counted and which direction is better. */
    public enum Kind {
        ACCURACY, PRF, RATE, RATE_LOWER_BETTER
    }

    private final Kind kind;
    private final String key;
    private final String label;

    ScoreField(Kind kind, String key, String label) {
        this.kind = kind;
        this.key = key;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean lowerIsBetter() {
        return kind == Kind.RATE_LOWER_BETTER;
    }

    public static ScoreField byKey(String key) {
        for (ScoreField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
