package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.score.GoldLabel.GoldStatistic;
import org.studydraft.score.Prediction.PredictedEntity;
import org.studydraft.score.Prediction.PredictedStatistic;

class MatchersTest {
    private static Prf entities(List<List<String>> gold, PredictedEntity... predicted) {
        return EntityMatcher.match(EntityMatcher.gold(gold), EntityMatcher.predicted(List.of(predicted))).counts();
    }

    private static PredictedEntity entity(String text, String normalized) {
        return new PredictedEntity("biomarker", text, normalized);
    }

    @Test
    void entityMatchesAnyAliasByNormalisedForm() {
        List<List<String>> nfkb = List.of(List.of("NF-kB", "NF-kappa-beta", "nuclear factor kappa beta"));
        assertEquals(new Prf(1, 0, 0), entities(nfkb, entity("NF-κβ", "NF-κβ")), "Greek letters spelled out, hyphens dropped");
        assertEquals(new Prf(1, 0, 0), entities(nfkb, entity("Nuclear Factor Kappa-Beta", "Nuclear Factor Kappa-Beta")));
        assertEquals(new Prf(0, 1, 1), entities(nfkb, entity("NF-kB1", "NF-kB1")));
        List<List<String>> tgf = List.of(List.of("TGF-β", "transforming growth factor beta"));
        assertEquals(new Prf(1, 0, 0), entities(tgf, entity("TGF beta", "TGF beta")));
        assertEquals(new Prf(1, 0, 0), entities(List.of(List.of("IL-6")), entity("I.L. 6", "I.L. 6")), "dots and spaces dropped");
    }

    @Test
    void entityMatchesByTextWhenTheNormalisedNameDiffers() {
        List<List<String>> nk = List.of(List.of("natural killer cells", "NK cells"));
        assertEquals(new Prf(1, 0, 0), entities(nk, entity("NK cells", "NK lymphocyte")));
    }

    @Test
    void conceptsCountOncePerDocument() {
        List<List<String>> gold = List.of(List.of("IL-6", "interleukin-6"), List.of("TNF-α", "TNF-alpha"));
        // Three mentions of one concept count once; a second concept naming the same gold alias list is extra.
        assertEquals(new Prf(1, 1, 1), entities(gold, entity("IL-6", "IL-6"), entity("interleukin 6", "IL-6"),
                entity("IL6", "IL-6"), entity("interleukin-6", "interleukin-6 protein")));
        assertEquals(new Prf(2, 0, 0), entities(gold, entity("IL-6", "IL-6"), entity("TNF-α", "TNF-alpha")));
    }

    @Test
    void oneToOneMatchingFindsTheMostPairs() {
        // A greedy first choice (a-x) would leave b unmatched; the maximum matching pairs a-y and b-x.
        Matching<String, String> m = Matching.of(List.of("a", "b"), List.of("x", "y"),
                (g, p) -> g.equals("a") || p.equals("x"));
        assertEquals(new Prf(2, 0, 0), m.counts());
    }

    private static GoldStatistic gold(String type, Double value, String op, Double p) {
        return new GoldStatistic(type, value, null, op, p, null, type + " text");
    }

    @Test
    void statisticValuesMatchWithinTolerance() {
        GoldStatistic f = gold("F", 19.4, "=", 0.0002);
        assertTrue(StatisticMatcher.matches(f, new PredictedStatistic("F", 19.4, null, null)), "p not needed for F");
        assertTrue(StatisticMatcher.matches(f, new PredictedStatistic("F", 19.404, "=", 0.0002)), "rounding: 0.004 apart");
        assertFalse(StatisticMatcher.matches(f, new PredictedStatistic("F", 19.41, "=", 0.0002)), "0.01 apart");
        assertFalse(StatisticMatcher.matches(f, new PredictedStatistic("t", 19.4, "=", 0.0002)), "type differs");
        GoldStatistic big = gold("U", 123456.0, null, null);
        assertTrue(StatisticMatcher.matches(big, new PredictedStatistic("U", 123456.1, null, null)), "relative 1e-6");
        assertFalse(StatisticMatcher.matches(big, new PredictedStatistic("U", 123457.0, null, null)));
        GoldStatistic negative = gold("r", -0.38, "=", 0.004);
        assertFalse(StatisticMatcher.matches(negative, new PredictedStatistic("r", 0.38, null, null)), "sign matters");
    }

    @Test
    void standalonePValuesNeedTheSameOperatorAndValue() {
        GoldStatistic p = gold("p", null, "<", 0.001);
        assertTrue(StatisticMatcher.matches(p, new PredictedStatistic("p", null, "<", 0.001)));
        assertTrue(StatisticMatcher.matches(p, new PredictedStatistic("p", 0.001, "<", null)), "value read as p");
        assertFalse(StatisticMatcher.matches(p, new PredictedStatistic("p", null, "=", 0.001)), "operator differs");
        assertFalse(StatisticMatcher.matches(p, new PredictedStatistic("p", null, "<", 0.004)), "no absolute tolerance for p");
        assertTrue(StatisticMatcher.matches(gold("p", null, "<=", 0.05), new PredictedStatistic("p", null, "≤", 0.05)));
        assertTrue(StatisticMatcher.matches(gold("p", null, "=", 0.44), new PredictedStatistic("p", null, null, 0.44)),
                "a missing operator reads as '='");
    }

    @Test
    void statisticsMatchOneToOne() {
        List<GoldStatistic> gold = List.of(gold("p", null, "<", 0.05), gold("p", null, "<", 0.05));
        List<PredictedStatistic> pred = List.of(new PredictedStatistic("p", null, "<", 0.05));
        assertEquals(new Prf(1, 0, 1), StatisticMatcher.match(gold, pred).counts());
    }

    @Test
    void sentencesMatchOnTokenOverlap() {
        String gold = "NK cell cytotoxicity was lower in patients than in controls (p < 0.01).";
        assertTrue(SentenceMatcher.matches(gold, "NK cell cytotoxicity was lower in patients than in controls (p<0.01)"),
                "punctuation and spacing do not count");
        assertTrue(SentenceMatcher.matches(gold, "Results: NK cell cytotoxicity was lower in patients than in controls (p < 0.01)."));
        assertFalse(SentenceMatcher.matches(gold, "Patients were recruited from two clinics between 2019 and 2021."));
        String merged = gold + " This difference was stable over seven days and did not depend on age or sex or illness duration.";
        assertTrue(TokenOverlap.f1(gold, merged) < SentenceMatcher.MIN_OVERLAP, "two sentences glued together miss");
        assertEquals(1.0, TokenOverlap.f1("A b, c.", "a B c"), 1e-9);
    }

    @Test
    void sentenceMatchingIsOneToOne() {
        String s = "Fatigue scores did not differ between groups.";
        assertEquals(new Prf(1, 1, 0), SentenceMatcher.match(List.of(s), List.of(s, s)).counts());
    }

    @Test
    void tokenMultisetsCountRepeats() {
        assertEquals(new Prf(3, 1, 1), TokenOverlap.compare(TokenOverlap.tokens("the cat the dog"), TokenOverlap.tokens("the the cat cat")));
    }
}
