package org.studydraft.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One hand-written gold label ({@code gold/labels/<id>.json}), field for field as {@code gold-format.md} defines it.
 * Lists are never null (absent lists read as empty) so scoring code need not guard every access; the gold checker
 * validates the raw JSON before anything is bound, so a missing required field is reported there, not hidden here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldLabel(
        String id,
        String doc,
        @JsonProperty("source_url") String sourceUrl,
        String kind,
        @JsonProperty("primary_study") Boolean primaryStudy,
        String title,
        Integer year,
        String pmid,
        String doi,
        String journal,
        String design,
        @JsonProperty("design_accept") List<String> designAccept,
        Boolean human,
        GoldSample sample,
        @JsonProperty("case_definitions") List<String> caseDefinitions,
        String pem,
        @JsonProperty("pem_accept") List<String> pemAccept,
        List<List<String>> conditions,
        GoldEntities entities,
        List<GoldStatistic> statistics,
        List<String> findings,
        List<String> conclusions,
        @JsonProperty("boilerplate_lines") List<Integer> boilerplateLines,
        String notes) {

    public GoldLabel {
        designAccept = orEmpty(designAccept);
        caseDefinitions = orEmpty(caseDefinitions);
        pemAccept = orEmpty(pemAccept);
        conditions = orEmpty(conditions);
        entities = entities == null ? GoldEntities.EMPTY : entities;
        statistics = orEmpty(statistics);
        findings = orEmpty(findings);
        conclusions = orEmpty(conclusions);
        boilerplateLines = orEmpty(boilerplateLines);
    }

    /** The design and every alternative the labeller accepts, primary first. */
    public List<String> acceptedDesigns() {
        return withAlternatives(design, designAccept);
    }

    /** The PEM label and every alternative the labeller accepts, primary first. */
    public List<String> acceptedPems() {
        return withAlternatives(pem, pemAccept);
    }

    /** The gold sample total, or null when the text gives none (or the design has no sample). */
    public Integer sampleTotal() {
        return sample == null ? null : sample.total();
    }

    /** Every sample total scoring accepts: the total and its {@code accept} alternatives (empty when gold is null). */
    public List<Integer> acceptedTotals() {
        List<Integer> out = new ArrayList<>();
        if (sampleTotal() != null) {
            out.add(sampleTotal());
        }
        if (sample != null) {
            sample.accept().stream().filter(Objects::nonNull).filter(t -> !out.contains(t)).forEach(out::add);
        }
        return out;
    }

    private static List<String> withAlternatives(String primary, List<String> alternatives) {
        List<String> out = new ArrayList<>();
        out.add(primary);
        alternatives.stream().filter(a -> !out.contains(a)).forEach(out::add);
        return out;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The participants of the described study; {@code accept} lists other totals a careful reader could defend. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldSample(Integer total, List<Group> groups, List<Integer> accept) {
        public GoldSample {
            groups = orEmpty(groups);
            accept = orEmpty(accept);
        }

        /** One stated group and its size. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Group(String label, Integer n) {
        }
    }

    /** Entities by type, each a list of alias lists (first alias canonical). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntities(List<List<String>> biomarker, List<List<String>> symptom, List<List<String>> intervention) {
        static final GoldEntities EMPTY = new GoldEntities(List.of(), List.of(), List.of());

        public GoldEntities {
            biomarker = orEmpty(biomarker);
            symptom = orEmpty(symptom);
            intervention = orEmpty(intervention);
        }

        public List<List<String>> ofType(String type) {
            return switch (type) {
                case "biomarker" -> biomarker;
                case "symptom" -> symptom;
                case "intervention" -> intervention;
                default -> throw new IllegalArgumentException("no gold entity type " + type);
            };
        }
    }

    /** One reported inferential statistic; {@code value} is null for a p-value standing alone (type {@code p}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldStatistic(String type, Double value, List<Double> df, @JsonProperty("p_op") String pOp, Double p,
                                List<Double> ci, String text) {
    }
}
