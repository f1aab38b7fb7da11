package org.studydraft.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.studydraft.classify.Rubric;
import org.studydraft.classify.RubricStage;
import org.studydraft.draft.NumberGuard;
import org.studydraft.score.GoldLabel.GoldStatistic;
import org.studydraft.score.Prediction.PredictedEntity;
import org.studydraft.score.Prediction.PredictedStatistic;

/** Scores one document's prediction against its gold label into a {@link Scoreboard}, field by field. */
public final class DocumentScorer {
    /** The contract's small-sample threshold (gold is derived by the contract, not by a pipeline setting). */
    public static final int SMALL_SAMPLE_BELOW = 50;
    private static final int SHOWN_TOKENS = 12;

    private DocumentScorer() {
    }

    /** {@code raw} may be null (a prediction scored without its source): the clean-text row is then left out. */
    public static void score(GoldLabel gold, RawDocument raw, Prediction pred, Scoreboard board) {
        String id = gold.id();
        board.scored(id);
        scoreAccuracy(gold, pred, board);
        scoreSets(gold, pred, board);
        if (raw != null) {
            List<String> goldTokens = TokenOverlap.tokens(raw.contentText(gold.boilerplateLines()));
            List<String> predTokens = TokenOverlap.tokens(pred.clean());
            Prf counts = TokenOverlap.compare(goldTokens, predTokens);
            board.count(ScoreField.CLEAN_TOKENS, counts);
            if (counts.fn() > 0) {
                board.miss(id, ScoreField.CLEAN_TOKENS.key(), counts.fn() + " content tokens not in text.clean: "
                        + sample(TokenOverlap.missing(goldTokens, predTokens)), null);
            }
            if (counts.fp() > 0) {
                board.miss(id, ScoreField.CLEAN_TOKENS.key(), null, counts.fp() + " boilerplate tokens kept: "
                        + sample(TokenOverlap.missing(predTokens, goldTokens)));
            }
        }
        scoreRates(id, pred, board);
    }

    private static void scoreAccuracy(GoldLabel gold, Prediction pred, Scoreboard board) {
        String id = gold.id();
        board.accuracy(ScoreField.KIND, id, Objects.equals(gold.kind(), pred.kind()), gold.kind(), pred.kind());
        board.accuracy(ScoreField.PRIMARY_STUDY, id, Objects.equals(gold.primaryStudy(), pred.primaryStudy()),
                gold.primaryStudy(), pred.primaryStudy());

        boolean designOk = gold.acceptedDesigns().contains(pred.design());
        board.accuracy(ScoreField.DESIGN, id, designOk, String.join(" | ", gold.acceptedDesigns()), pred.design());
        board.designConfusion().add(designOk ? pred.design() : gold.design(), pred.design());

        board.accuracy(ScoreField.HUMAN, id, Objects.equals(gold.human(), pred.human()), gold.human(), pred.human());

        Integer total = pred.sampleTotal();
        List<Integer> totals = gold.acceptedTotals();
        boolean totalOk = (gold.sampleTotal() == null && total == null) || (total != null && totals.contains(total));
        String goldTotals = totals.isEmpty() ? null : totals.toString();
        board.accuracy(ScoreField.SAMPLE_TOTAL, id, totalOk, goldTotals, total);
        if (gold.sampleTotal() != null) {
            board.rate(ScoreField.SAMPLE_TOTAL_STATED, Ratio.of(totalOk));
        }

        boolean pemOk = gold.acceptedPems().contains(pred.pem());
        board.accuracy(ScoreField.PEM, id, pemOk, String.join(" | ", gold.acceptedPems()), pred.pem());
        board.pemConfusion().add(pemOk ? pred.pem() : gold.pem(), pred.pem());

        Rubric derived = derivedRubric(gold, pred);
        board.accuracy(ScoreField.EVIDENCE_LEVEL, id, Objects.equals(derived.level(), pred.evidenceLevel()),
                derived.level(), pred.evidenceLevel());
        board.accuracy(ScoreField.CASE_DEFINITION_QUALITY, id,
                Objects.equals(derived.caseDefinitionQuality(), pred.caseDefinitionQuality()),
                derived.caseDefinitionQuality(), pred.caseDefinitionQuality());

        board.accuracy(ScoreField.TITLE, id, Objects.equals(Normalize.title(gold.title()), Normalize.title(pred.title())),
                gold.title(), pred.title());
        board.accuracy(ScoreField.YEAR, id, Objects.equals(gold.year(), pred.year()), gold.year(), pred.year());
        board.accuracy(ScoreField.PMID, id, Objects.equals(Normalize.pmid(gold.pmid()), Normalize.pmid(pred.pmid())),
                gold.pmid(), pred.pmid());
        board.accuracy(ScoreField.DOI, id, Objects.equals(Normalize.doi(gold.doi()), Normalize.doi(pred.doi())),
                gold.doi(), pred.doi());
    }

    private static void scoreSets(GoldLabel gold, Prediction pred, Scoreboard board) {
        String id = gold.id();
        board.matching(ScoreField.CASE_DEFINITIONS, id,
                Matching.of(List.copyOf(new LinkedHashSet<>(gold.caseDefinitions())), pred.caseDefinitions(), String::equals));
        board.matching(ScoreField.METHOD_FLAGS, id,
                Matching.of(derivedRubric(gold, pred).methodFlags(), distinct(pred.methodFlags()), String::equals));

        Prf allEntities = Prf.ZERO;
        for (ScoreField field : List.of(ScoreField.BIOMARKERS, ScoreField.SYMPTOMS, ScoreField.INTERVENTIONS)) {
            String type = field.key().substring("entities.".length());
            List<PredictedEntity> ofType = pred.entities().stream().filter(e -> type.equals(e.type())).toList();
            Matching<EntityMatcher.Concept, EntityMatcher.Concept> m =
                    EntityMatcher.match(EntityMatcher.gold(gold.entities().ofType(type)), EntityMatcher.predicted(ofType));
            board.matching(field, id, m);
            allEntities = allEntities.plus(m.counts());
        }
        Matching<EntityMatcher.Concept, EntityMatcher.Concept> conditions =
                EntityMatcher.match(EntityMatcher.gold(gold.conditions()), EntityMatcher.named(pred.conditions()));
        board.matching(ScoreField.CONDITIONS, id, conditions);
        board.count(ScoreField.ENTITIES, allEntities.plus(conditions.counts()));

        Matching<GoldStatistic, PredictedStatistic> stats = StatisticMatcher.match(gold.statistics(), pred.statistics());
        board.count(ScoreField.STATISTICS, stats.counts());
        stats.missed().forEach(g -> board.miss(id, ScoreField.STATISTICS.key(), g.text(), null));
        stats.extra().forEach(p -> board.miss(id, ScoreField.STATISTICS.key(), null, describe(p)));

        board.matching(ScoreField.FINDINGS, id, SentenceMatcher.match(gold.findings(), pred.findingSentences()));
        board.matching(ScoreField.CONCLUSIONS, id, SentenceMatcher.match(gold.conclusions(), pred.conclusionSentences()));
    }

    /**
     * Draft numbers the clean text never states, and classified fields that show no evidence. A field needs evidence
     * when it asserts something: a design other than {@code none}, a sample with a total, PEM {@code required} or
     * {@code not_required} ({@code unclear} and {@code not_applicable} say that nothing was found), each case definition.
     */
    private static void scoreRates(String id, Prediction pred, Scoreboard board) {
        String draft = String.join("\n", pred.draftTexts());
        Set<String> numbers = NumberGuard.numbers(draft);
        List<String> unsupported = new NumberGuard(pred.clean()).unsupported(draft);
        board.rate(ScoreField.UNSUPPORTED_DRAFT_NUMBERS, new Ratio(unsupported.size(), numbers.size()));
        unsupported.forEach(n -> board.miss(id, ScoreField.UNSUPPORTED_DRAFT_NUMBERS.key(), null, n));

        List<String> unevidenced = new ArrayList<>();
        int needing = 0;
        if (pred.design() != null && !pred.design().equals("none")) {
            needing++;
            check(unevidenced, "design " + pred.design(), pred.designEvidence());
        }
        if (pred.sampleTotal() != null) {
            needing++;
            check(unevidenced, "sample " + pred.sampleTotal(), pred.sampleEvidence());
        }
        if ("required".equals(pred.pem()) || "not_required".equals(pred.pem())) {
            needing++;
            check(unevidenced, "pem " + pred.pem(), pred.pemEvidence());
        }
        List<Integer> cdEvidence = pred.caseDefinitionEvidence();
        List<String> cds = pred.caseDefinitions();
        for (int i = 0; i < cdEvidence.size(); i++) {
            needing++;
            check(unevidenced, "case definition " + (i < cds.size() ? cds.get(i) : "#" + i), cdEvidence.get(i));
        }
        board.rate(ScoreField.EVIDENCE_SPANS, new Ratio(needing - unevidenced.size(), needing));
        unevidenced.forEach(f -> board.miss(id, ScoreField.EVIDENCE_SPANS.key(), "evidence span", f + " without evidence"));
    }

    private static void check(List<String> unevidenced, String what, int spans) {
        if (spans == 0) {
            unevidenced.add(what);
        }
    }

    /**
     * The contract's derived fields for gold, from gold's design, human, primary_study, sample total, PEM and case
     * definitions. Where the prediction chose an alternative that gold accepts (design_accept, pem_accept, an
     * accepted total), gold is derived with that alternative, so an accepted choice is not counted wrong twice.
     */
    public static Rubric derivedRubric(GoldLabel gold, Prediction pred) {
        String design = gold.acceptedDesigns().contains(pred.design()) ? pred.design() : gold.design();
        String pem = gold.acceptedPems().contains(pred.pem()) ? pred.pem() : gold.pem();
        Integer total = pred.sampleTotal() != null && gold.acceptedTotals().contains(pred.sampleTotal())
                ? pred.sampleTotal() : gold.sampleTotal();
        return RubricStage.evaluate(design, gold.human(), Boolean.TRUE.equals(gold.primaryStudy()), total, pem,
                gold.caseDefinitions(), SMALL_SAMPLE_BELOW);
    }

    private static String describe(PredictedStatistic s) {
        StringBuilder sb = new StringBuilder(String.valueOf(s.type()));
        if (s.value() != null) {
            sb.append(' ').append(s.value());
        }
        if (s.p() != null) {
            sb.append(", p ").append(StatisticMatcher.operator(s.pOp())).append(' ').append(s.p());
        }
        return sb.toString();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static String sample(List<String> tokens) {
        List<String> distinct = distinct(tokens);
        return String.join(" ", distinct.subList(0, Math.min(SHOWN_TOKENS, distinct.size())))
                + (distinct.size() > SHOWN_TOKENS ? " ..." : "");
    }
}
