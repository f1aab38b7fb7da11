package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studydraft.core.Document;
import org.studydraft.core.Layer;
import org.studydraft.core.BaseStage;
import org.studydraft.core.StageContext;

/**
 * The contract's deterministic rubric: evidence level (E0-E3) from design and human, method flags from design,
 * sample, case definitions and PEM, its confidence from the flags, and case-definition quality.
 */
public final class RubricStage extends BaseStage {
    public static final Layer<Rubric> RUBRIC = Layer.of("rubric", Rubric.class);

    private final int smallSample;

    public RubricStage(StageContext ctx) {
        super("rubric", Set.of(DesignStage.DESIGN, DesignStage.HUMAN, DesignStage.PRIMARY, SampleStage.SAMPLE, PemStage.PEM, PemStage.CASE_DEFINITIONS), Set.of(RUBRIC));
        this.smallSample = ctx.intSetting("small_sample_below", 50);
    }

    @Override
    public void process(Document doc) {
        String design = (String) doc.get(DesignStage.DESIGN).label();
        Boolean human = (Boolean) doc.get(DesignStage.HUMAN).label();
        Boolean primary = (Boolean) doc.get(DesignStage.PRIMARY).label();
        SampleSize sample = doc.get(SampleStage.SAMPLE);
        String pem = (String) doc.get(PemStage.PEM).label();
        List<String> defs = doc.get(PemStage.CASE_DEFINITIONS).stream().map(CaseDefinition::name).toList();
        doc.put(RUBRIC, evaluate(design, human, Boolean.TRUE.equals(primary), sample == null ? null : sample.total(), pem, defs, smallSample));
    }

    /** The rubric as a pure function, shared with the scorer so gold and predictions are derived alike. */
    public static Rubric evaluate(String design, Boolean human, boolean primary, Integer total, String pem,
                                  List<String> caseDefinitions, int smallSampleBelow) {
        List<String> flags = new ArrayList<>();
        if (primary && Boolean.TRUE.equals(human) && total != null && total < smallSampleBelow) {
            flags.add("small_sample");
        }
        boolean onlyWeak = !caseDefinitions.isEmpty() && caseDefinitions.stream().allMatch(PemStage.WEAK::contains);
        if (Boolean.TRUE.equals(human) && (caseDefinitions.isEmpty() || onlyWeak)) {
            flags.add("weak_case_definition");
        }
        if ("unclear".equals(pem) || "not_required".equals(pem)) {
            flags.add("pem_not_defined");
        }
        if (Set.of("non_randomised_trial", "cross_sectional", "case_series").contains(design)) {
            flags.add("no_control_group");
        }
        if (Boolean.FALSE.equals(human)) {
            flags.add("preclinical_only");
        }
        String level;
        String label;
        String reason;
        if (design.equals("systematic_review") || design.equals("guideline")) {
            level = "E0";
            label = "Synthesis";
            reason = "design '" + design + "' synthesises evidence";
        } else if (design.equals("rct") && Boolean.TRUE.equals(human)) {
            level = "E1";
            label = "Strong";
            reason = "randomised controlled trial in humans";
        } else if (Set.of("cohort", "case_control", "non_randomised_trial").contains(design) && Boolean.TRUE.equals(human)) {
            level = "E2";
            label = "Moderate";
            reason = "design '" + design + "' in humans";
        } else {
            level = "E3";
            label = "Limited";
            reason = Boolean.FALSE.equals(human) ? "no human participants" : "design '" + design + "'";
        }
        String confidence;
        if (flags.contains("small_sample") || flags.contains("preclinical_only") || level.equals("E3")) {
            confidence = "preliminary";
        } else if (flags.contains("weak_case_definition") || flags.contains("pem_not_defined")) {
            confidence = "moderate";
        } else {
            confidence = "higher";
        }
        String quality;
        if (caseDefinitions.contains("ICC") || caseDefinitions.contains("CCC")) {
            quality = "strict";
        } else if (caseDefinitions.contains("IOM") || caseDefinitions.contains("NICE")) {
            quality = "adequate";
        } else if (onlyWeak || caseDefinitions.stream().anyMatch(PemStage.WEAK::contains)) {
            quality = "weak";
        } else {
            quality = "unclear";
        }
        return new Rubric(level, label, confidence, reason, quality, List.copyOf(flags));
    }
}
