package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DocumentScorerTest {
    private static final GoldLabel ABSTRACT = GoldFixture.label("fx-001");
    private static final GoldLabel NEWS = GoldFixture.label("fx-002");

    private static Scoreboard score(GoldLabel gold, Prediction pred) {
        Scoreboard b = new Scoreboard("test", "hand-made");
        DocumentScorer.score(gold, GoldFixture.raw(gold), pred, b);
        return b;
    }

    private static Prediction perfect(GoldLabel gold) {
        return PerfectPrediction.of(gold, GoldFixture.raw(gold));
    }

    /** The perfect prediction with one change. */
    private static Prediction perfectBut(GoldLabel gold, Consumer<ObjectNode> change) {
        ObjectNode e = (ObjectNode) perfect(gold).entry().deepCopy();
        change.accept(e);
        return new Prediction(e);
    }

    @Test
    void perfectPredictionScoresBestOnEveryRow() {
        Scoreboard b = new Scoreboard("test", "perfect");
        for (GoldLabel g : new GoldLabel[] {ABSTRACT, NEWS}) {
            DocumentScorer.score(g, GoldFixture.raw(g), perfect(g), b);
        }
        for (ScoreField f : ScoreField.values()) {
            double best = f.lowerIsBetter() ? 0.0 : 1.0;
            assertEquals(best, b.headline(f), 1e-9, f.key() + " " + b.misses("fx-001") + b.misses("fx-002"));
        }
        assertTrue(b.misses("fx-001").isEmpty());
        assertTrue(b.misses("fx-002").isEmpty());
        Prf clean = b.prf(ScoreField.CLEAN_TOKENS);
        assertTrue(clean.tp() > 100, "the content of both documents is counted");
        assertEquals(1.0, b.prf(ScoreField.ENTITIES).precision());
    }

    @Test
    void emptyPredictionScoresZeroOnEveryAccuracyAndF1() {
        Scoreboard b = new Scoreboard("test", "empty");
        for (GoldLabel g : new GoldLabel[] {ABSTRACT, NEWS}) {
            DocumentScorer.score(g, GoldFixture.raw(g), Prediction.EMPTY, b);
        }
        for (ScoreField f : ScoreField.values()) {
            if (f.kind() == ScoreField.Kind.ACCURACY || f.kind() == ScoreField.Kind.PRF) {
                assertEquals(0.0, b.headline(f), 1e-9, f.key());
            } else {
                assertNull(b.headline(f), f.key() + ": nothing drafted, nothing classified");
            }
        }
    }

    @Test
    void designAcceptCountsAndConfusionShowsTheAcceptedLabel() {
        Scoreboard b = score(NEWS, perfectBut(NEWS, e -> e.with("design").put("label", "cross_sectional")));
        assertEquals(1.0, b.headline(ScoreField.DESIGN));
        assertEquals(1, b.designConfusion().count("cross_sectional", "cross_sectional"));

        Scoreboard wrong = score(NEWS, perfectBut(NEWS, e -> e.with("design").put("label", "cohort")));
        assertEquals(0.0, wrong.headline(ScoreField.DESIGN));
        assertEquals(1, wrong.designConfusion().count("case_control", "cohort"));
        assertTrue(wrong.misses("fx-002").contains(new Scoreboard.Miss("design", "case_control | cross_sectional", "cohort")));
    }

    @Test
    void goldRubricIsDerivedWithTheAcceptedAlternative() {
        // cross_sectional is accepted for fx-002: gold's level becomes E3 and no_control_group joins the flags.
        Scoreboard b = score(NEWS, perfectBut(NEWS, e -> {
            e.with("design").put("label", "cross_sectional");
            e.with("evidence_level").put("level", "E3");
            e.withArray("method_flags").add("no_control_group");
        }));
        assertEquals(1.0, b.headline(ScoreField.EVIDENCE_LEVEL));
        assertEquals(1.0, b.headline(ScoreField.METHOD_FLAGS));
    }

    @Test
    void pemAcceptCounts() {
        assertEquals(1.0, score(NEWS, perfectBut(NEWS, e -> e.with("pem").put("label", "not_applicable"))).headline(ScoreField.PEM));
        assertEquals(0.0, score(NEWS, perfectBut(NEWS, e -> e.with("pem").put("label", "required"))).headline(ScoreField.PEM));
        assertEquals(0.0, score(ABSTRACT, perfectBut(ABSTRACT, e -> e.with("pem").put("label", "unclear"))).headline(ScoreField.PEM));
    }

    @Test
    void sampleAcceptCountsAndNullMatchesNull() {
        assertEquals(1.0, score(NEWS, perfectBut(NEWS, e -> e.with("sample").put("total", 12))).headline(ScoreField.SAMPLE_TOTAL));
        assertEquals(0.0, score(NEWS, perfectBut(NEWS, e -> e.with("sample").put("total", 13))).headline(ScoreField.SAMPLE_TOTAL));
        Scoreboard noTotal = score(NEWS, perfectBut(NEWS, e -> e.putNull("sample")));
        assertEquals(0.0, noTotal.headline(ScoreField.SAMPLE_TOTAL));
        assertEquals(0.0, noTotal.headline(ScoreField.SAMPLE_TOTAL_STATED));

        GoldLabel noSample = GoldFixture.label("fx-003");
        Scoreboard b = new Scoreboard("test", "null");
        DocumentScorer.score(noSample, null, Prediction.EMPTY, b);
        assertEquals(1.0, b.headline(ScoreField.SAMPLE_TOTAL), "gold null, predicted null");
        assertNull(b.headline(ScoreField.SAMPLE_TOTAL_STATED), "only documents whose gold total is stated");
    }

    @Test
    void bibliographicFieldsAreNormalised() {
        Scoreboard b = score(ABSTRACT, perfectBut(ABSTRACT, e -> {
            e.put("title", "  ORAL nicotinamide riboside and natural killer cell function in myalgic encephalomyelitis:\n"
                    + "a randomised controlled trial.");
            e.put("doi", "https://doi.org/10.5555/JIFR.2021.0007");
            e.put("pmid", "PMID: 99000001");
        }));
        assertEquals(1.0, b.headline(ScoreField.TITLE));
        assertEquals(1.0, b.headline(ScoreField.DOI));
        assertEquals(1.0, b.headline(ScoreField.PMID));
    }

    @Test
    void unsupportedDraftNumbersAndMissingEvidenceAreCounted() {
        Scoreboard b = score(ABSTRACT, perfectBut(ABSTRACT, e -> {
            e.with("draft").put("quick_summary", "Of 60 adults, 75 improved.");
            e.with("design").putArray("evidence");
        }));
        Ratio numbers = b.ratio(ScoreField.UNSUPPORTED_DRAFT_NUMBERS);
        assertEquals(1, numbers.hits(), "75 is not in the text; 60 is");
        Ratio evidence = b.ratio(ScoreField.EVIDENCE_SPANS);
        assertEquals(new Ratio(3, 4), evidence, "design, sample, pem required and CCC need evidence; design has none");
    }
}
