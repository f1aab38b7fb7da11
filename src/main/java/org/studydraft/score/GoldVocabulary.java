package org.studydraft.score;

import java.util.List;
import java.util.Set;

/** The closed value sets of {@code gold-format.md}: what a gold label may say, and nothing else. */
public final class GoldVocabulary {
    public static final List<String> KINDS = List.of("abstract", "fulltext", "news", "forum", "blog", "atlas_entry", "other");
    public static final List<String> DESIGNS = List.of("rct", "non_randomised_trial", "cohort", "case_control",
            "cross_sectional", "case_series", "systematic_review", "narrative_review", "preclinical", "qualitative",
            "guideline", "commentary", "none");
    public static final List<String> PEMS = List.of("required", "not_required", "unclear", "not_applicable");
    public static final List<String> CASE_DEFINITIONS = List.of("Fukuda", "Oxford", "Holmes", "CCC", "ICC", "IOM",
            "London", "NICE", "Australian", "Reeves", "Pediatric", "other");
    public static final List<String> STATISTIC_TYPES = List.of("F", "t", "chi2", "z", "U", "r", "rho", "R2", "OR", "RR",
            "HR", "AUC", "d", "eta2", "beta", "p");
    public static final List<String> P_OPERATORS = List.of("=", "<", ">", "<=", ">=");
    public static final List<String> ENTITY_TYPES = List.of("biomarker", "symptom", "intervention");
    public static final List<String> SPLITS = List.of("dev", "test");

    /** Every top-level field of a label; all are required except the optional accept lists. */
    public static final List<String> FIELDS = List.of("id", "doc", "source_url", "kind", "primary_study", "title", "year",
            "pmid", "doi", "journal", "design", "design_accept", "human", "sample", "case_definitions", "pem", "pem_accept",
            "conditions", "entities", "statistics", "findings", "conclusions", "boilerplate_lines", "notes");
    public static final Set<String> OPTIONAL_FIELDS = Set.of("design_accept", "pem_accept");

    private GoldVocabulary() {
    }
}
