package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.studydraft.core.Span;
import org.studydraft.segment.Sentences;

/** The forms of statistics.tsv, each read in a sentence, and the look-alikes that are not statistics. */
class StatisticExtractorTest {
    private static StatisticExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = StatisticExtractor.load(Path.of("annotators/rules/statistics.tsv"));
    }

    /** Statistics of {@code text} taken as one sentence, each checked to quote the text at its span. */
    static List<Statistic> read(String text) {
        return read(text, List.of(new Span(0, text.length())));
    }

    static List<Statistic> read(String text, List<Span> sentences) {
        List<Statistic> stats = extractor.extract(text, new Sentences(sentences, List.of(), new int[0]));
        for (Statistic s : stats) {
            assertEquals(s.span().of(text), s.text(), "text at span of " + s);
        }
        return stats;
    }

    static Statistic only(String text) {
        List<Statistic> stats = read(text);
        assertEquals(1, stats.size(), () -> "one statistic in '" + text + "', got " + stats);
        return stats.get(0);
    }

    /** df and ci as "1;34" and "1.1;4.5"; empty cells mean null. */
    private static List<Double> numbers(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(cell.split(";")).map(Double::valueOf).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # sentence                                                   | type | value  | df     | op | p      | ci      | text
            The effect was large (F(1, 34) = 19.4).                      | F    | 19.4   | 1;34   |    |        |         | F(1, 34) = 19.4
            The effect was large (F=19.4).                               | F    | 19.4   |        |    |        |         | F=19.4
            An interaction, F1,34 = 7.2, was seen.                       | F    | 7.2    | 1;34   |    |        |         | F1,34 = 7.2
            An interaction (F-value = 3.2) was seen.                     | F    | 3.2    |        |    |        |         | F-value = 3.2
            Scores fell, t(22) = -2.1.                                   | t    | -2.1   | 22     |    |        |         | t(22) = -2.1
            Scores fell, t = −2.1.                                       | t    | -2.1   |        |    |        |         | t = −2.1
            Scores fell, t = –2.1.                                       | t    | -2.1   |        |    |        |         | t = –2.1
            Welch's test gave t(21.4) = 2.5.                             | t    | 2.5    | 21.4   |    |        |         | t(21.4) = 2.5
            Groups differed, χ²(2) = 6.3.                                | chi2 | 6.3    | 2      |    |        |         | χ²(2) = 6.3
            Groups differed, χ2(2, N = 90) = 6.3.                        | chi2 | 6.3    | 2      |    |        |         | χ2(2, N = 90) = 6.3
            Groups differed (chi-square = 6.3).                          | chi2 | 6.3    |        |    |        |         | chi-square = 6.3
            Groups differed (X2 = 6.3, df = 2).                          | chi2 | 6.3    | 2      |    |        |         | X2 = 6.3, df = 2
            Groups differed (X² = 6.3).                                  | chi2 | 6.3    |        |    |        |         | X² = 6.3
            Fatigue correlated with pain (r = .45).                      | r    | 0.45   |        |    |        |         | r = .45
            Fatigue correlated with pain, r(40) = 0.45.                  | r    | 0.45   | 40     |    |        |         | r(40) = 0.45
            Fatigue correlated with pain (R = 0.52).                     | r    | 0.52   |        |    |        |         | R = 0.52
            The Pearson correlation between fatigue and pain was 0.45.   | r    | 0.45   |        |    |        |         | Pearson correlation between fatigue and pain was 0.45
            Fatigue correlated with pain (rho = 0.31).                   | rho  | 0.31   |        |    |        |         | rho = 0.31
            Fatigue correlated with pain (r_s = 0.31).                   | rho  | 0.31   |        |    |        |         | r_s = 0.31
            A Spearman's rank correlation coefficient of 0.31 was found. | rho  | 0.31   |        |    |        |         | Spearman's rank correlation coefficient of 0.31
            Fatigue correlated with pain (ρ = −0.31).                    | rho  | -0.31  |        |    |        |         | ρ = −0.31
            Fatigue correlated with pain (Spearman's rs = 0.31).         | rho  | 0.31   |        |    |        |         | rs = 0.31
            The model explained variance (R² = 0.3).                     | R2   | 0.3    |        |    |        |         | R² = 0.3
            The model explained variance (adjusted R2 = 0.28).           | R2   | 0.28   |        |    |        |         | adjusted R2 = 0.28
            Scores differed (z = 2.8).                                   | z    | 2.8    |        |    |        |         | z = 2.8
            Scores differed (Z = −3.1).                                  | z    | -3.1   |        |    |        |         | Z = −3.1
            Ranks differed (Mann-Whitney U = 112).                       | U    | 112    |        |    |        |         | U = 112
            Risk rose (OR 2.3 (95% CI 1.1–4.5)).                         | OR   | 2.3    |        |    |        | 1.1;4.5 | OR 2.3 (95% CI 1.1–4.5)
            Risk rose (OR = 2.3, 95% CI [1.1, 4.5]).                     | OR   | 2.3    |        |    |        | 1.1;4.5 | OR = 2.3, 95% CI [1.1, 4.5]
            Risk rose (aOR 1.8, 95% CI 1.2-2.6).                         | OR   | 1.8    |        |    |        | 1.2;2.6 | aOR 1.8, 95% CI 1.2-2.6
            Risk rose (OR 1.8 [1.2–2.6]).                                | OR   | 1.8    |        |    |        | 1.2;2.6 | OR 1.8 [1.2–2.6]
            Death fell (HR 0.72 (95% CI 0.55-0.94)).                     | HR   | 0.72   |        |    |        | 0.55;0.94 | HR 0.72 (95% CI 0.55-0.94)
            Death fell (HR 0·72, 95% CI 0·55–0·94).                      | HR   | 0.72   |        |    |        | 0.55;0.94 | HR 0·72, 95% CI 0·55–0·94
            Relapse rose (RR = 1.4; 95% CI: 1.1 to 1.8).                 | RR   | 1.4    |        |    |        | 1.1;1.8 | RR = 1.4; 95% CI: 1.1 to 1.8
            Death fell (hazard ratio, 0.72; 95% CI, 0.55 to 0.94).       | HR   | 0.72   |        |    |        | 0.55;0.94 | hazard ratio, 0.72; 95% CI, 0.55 to 0.94
            Fatigue fell over time (F = 19.4 with p = 0.0002).           | F    | 19.4   |        | =  | 0.0002 |         | F = 19.4 with p = 0.0002
            The classifier did well (AUC = 0.81).                        | AUC  | 0.81   |        |    |        |         | AUC = 0.81
            The classifier had an AUC of 0.81.                           | AUC  | 0.81   |        |    |        |         | AUC of 0.81
            Fatigue improved (d = 0.62).                                 | d    | 0.62   |        |    |        |         | d = 0.62
            Fatigue improved (Cohen's d = 0.62).                         | d    | 0.62   |        |    |        |         | Cohen's d = 0.62
            Fatigue improved (Cohen’s d of 0.62).                        | d    | 0.62   |        |    |        |         | Cohen’s d of 0.62
            Fatigue improved (Hedges' g = 0.4).                          | d    | 0.4    |        |    |        |         | Hedges' g = 0.4
            Fatigue improved (Hedge's g = 0.4).                          | d    | 0.4    |        |    |        |         | Hedge's g = 0.4
            Fatigue improved (Cohen d of 0.6).                           | d    | 0.6    |        |    |        |         | Cohen d of 0.6
            Activity fell (Cohen's D = 1.4).                             | d    | 1.4    |        |    |        |         | Cohen's D = 1.4
            Wheel running showed a large effect size (D = 1.2).          | d    | 1.2    |        |    |        |         | effect size (D = 1.2
            HRV was lower (g = −0.41, 95% CI −0.70 to −0.12).            | d    | -0.41  |        |    |        | -0.7;-0.12 | g = −0.41, 95% CI −0.70 to −0.12
            Group explained variance (η² = 0.12).                        | eta2 | 0.12   |        |    |        |         | η² = 0.12
            Group explained variance (ηp2 = 0.12).                       | eta2 | 0.12   |        |    |        |         | ηp2 = 0.12
            Group explained variance (partial eta squared = 0.12).       | eta2 | 0.12   |        |    |        |         | partial eta squared = 0.12
            Sleep predicted fatigue (β = 0.27).                          | beta | 0.27   |        |    |        |         | β = 0.27
            Sleep predicted fatigue (beta = −0.27).                      | beta | -0.27  |        |    |        |         | beta = −0.27
            """)
    void readsEachForm(String sentence, String type, Double value, String df, String op, Double p, String ci, String text) {
        Statistic s = only(sentence);
        assertEquals(type, s.type());
        assertEquals(value, s.value());
        assertEquals(numbers(df), s.df());
        assertEquals(op, s.pOp());
        assertEquals(p, s.p());
        assertEquals(numbers(ci), s.ci());
        assertEquals(text, s.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fatigue was worse (p < .001).                    | <  | 0.001    | p < .001
            Fatigue was worse (P=0.0002).                    | =  | 0.0002   | P=0.0002
            Fatigue was worse (p ≤ 0.05).                    | <= | 0.05     | p ≤ 0.05
            Fatigue was worse (p <= 0.05).                   | <= | 0.05     | p <= 0.05
            Fatigue was worse (p ≥ 0.05).                    | >= | 0.05     | p ≥ 0.05
            Fatigue was worse, with a p-value of 0.03.       | =  | 0.03     | p-value of 0.03
            Fatigue was worse (p-value = 0.79).              | =  | 0.79     | p-value = 0.79
            The locus was associated (P < 10^-4).            | <  | 0.0001   | P < 10^-4
            The locus was associated (P < 10⁻⁴).             | <  | 0.0001   | P < 10⁻⁴
            The locus was associated (p = 2.3 × 10−5).       | =  | 0.000023 | p = 2.3 × 10−5
            The locus was associated (p = 2.3e-5).           | =  | 0.000023 | p = 2.3e-5
            Fatigue was worse (P<0.05).                      | <  | 0.05     | P<0.05
            Fatigue was worse (p > 0.1).                     | >  | 0.1      | p > 0.1
            Fatigue was worse (Padj = 0.01).                 | =  | 0.01     | Padj = 0.01
            Fatigue was worse (p = 0·03).                    | =  | 0.03     | p = 0·03
            Fatigue was worse (p-value of < 0.05).           | <  | 0.05     | p-value of < 0.05
            Fatigue was worse (p＜0.05).                      | <  | 0.05     | p＜0.05
            Fatigue was worse (P for trend = 0.04).          | =  | 0.04     | P for trend = 0.04
            Trials agreed (P for heterogeneity = 0.2).       | =  | 0.2      | P for heterogeneity = 0.2
            It was significant, a p-value of less than 0.05. | <  | 0.05     | p-value of less than 0.05
            Fatigue was worse (p < 0,05).                    | <  | 0.05     | p < 0,05
            """)
    void readsStandAlonePValues(String sentence, String op, double p, String text) {
        Statistic s = only(sentence);
        assertEquals("p", s.type());
        assertNull(s.value());
        assertEquals(op, s.pOp());
        assertEquals(p, s.p(), 1e-12);
        assertEquals(text, s.text());
        assertEquals("not_checkable", s.check());
    }

    @Test
    void attachesTheFollowingPValueToItsStatistic() {
        Statistic s = only("Fatigue fell over time (F=19.4, p=0.0002).");
        assertEquals("F", s.type());
        assertEquals(19.4, s.value());
        assertEquals("=", s.pOp());
        assertEquals(0.0002, s.p());
        assertEquals("F=19.4, p=0.0002", s.text());
    }

    @Test
    void attachesPValueAfterCiOrInBrackets() {
        Statistic hr = only("Mortality fell (HR 0.72 (95% CI 0.55-0.94), p = 0.016).");
        assertEquals(List.of(0.55, 0.94), hr.ci());
        assertEquals(0.016, hr.p());
        assertEquals("HR 0.72 (95% CI 0.55-0.94), p = 0.016", hr.text());
        Statistic rho = only("Pain tracked fatigue, rho = 0.31 (p = 0.02).");
        assertEquals("rho = 0.31 (p = 0.02)", rho.text());
        assertEquals(0.02, rho.p());
    }

    @Test
    void readsSeveralStatisticsOfOneSentenceEachWithItsOwnP() {
        List<Statistic> stats = read("Patients had lower HRV (g = −0.41, 95% CI −0.70 to −0.12, z = 2.8, p = .005).");
        assertEquals(2, stats.size());
        assertEquals("d", stats.get(0).type());
        assertNull(stats.get(0).p(), "the p after z belongs to z");
        assertEquals("z = 2.8, p = .005", stats.get(1).text());
        assertEquals(0.005, stats.get(1).p());
        assertEquals("consistent", stats.get(1).check());
    }

    @Test
    void sharesAPValueStatedForAllWithTheStatisticsOfItsSentenceOnly() {
        String text = "Both effects held, F(1, 30) = 9.1 and t(30) = 3.0, p = .01 (p < 0.05 for all). Later t(30) = 1.1.";
        int cut = text.indexOf("Later");
        List<Statistic> stats = read(text, List.of(new Span(0, cut - 1), new Span(cut, text.length())));
        assertEquals(3, stats.size(), stats::toString);
        assertEquals("<", stats.get(0).pOp());
        assertEquals(0.05, stats.get(0).p());
        assertEquals("=", stats.get(1).pOp(), "t has its own p");
        assertEquals(0.01, stats.get(1).p());
        assertNull(stats.get(2).p(), "the next sentence does not share it");
    }

    @Test
    void aPValueForAllRightAfterAStatisticIsSharedNotAttached() {
        List<Statistic> stats = read("Scores differed, t(22) = 2.5 and F(2, 40) = 4.1, p < .05 for both.");
        assertEquals(2, stats.size(), stats::toString);
        assertTrue(stats.stream().allMatch(s -> "<".equals(s.pOp()) && s.p() == 0.05), stats::toString);
    }

    @Test
    void aPValueForAllWithoutStatisticsStandsAlone() {
        Statistic s = only("All markers were raised in patients (all ps < .01).");
        assertEquals("p", s.type());
        assertEquals(0.01, s.p());
    }

    @Test
    void aPValueForAllMayComeFirst() {
        List<Statistic> stats = read("Both held (all p < .05): t(22) = 2.5 and r(40) = 0.45.");
        assertEquals(2, stats.size(), stats::toString);
        assertTrue(stats.stream().allMatch(s -> "<".equals(s.pOp()) && s.p() == 0.05), stats::toString);
    }

    @Test
    void readsRespectivelyListsOfPValues() {
        List<Statistic> stats = read("IL-6 and TNF were raised (p = 0.02 and 0.04, respectively).");
        assertEquals(List.of(0.02, 0.04), stats.stream().map(Statistic::p).toList());
        assertEquals(List.of("p = 0.02", "0.04"), stats.stream().map(Statistic::text).toList());
        assertEquals(List.of("=", "="), stats.stream().map(Statistic::pOp).toList());
    }

    @Test
    void readsSpelledOutRatiosAndRespectivelyLists() {
        Statistic or = only("The odds ratio between the two groups was found to be 32.46.");
        assertEquals("OR", or.type());
        assertEquals(32.46, or.value());
        List<Statistic> rr = read("the relative risk of females being diagnosed compared to males 1.238 and 1.178, respectively.");
        assertEquals(List.of("RR", "RR"), rr.stream().map(Statistic::type).toList());
        assertEquals(List.of(1.238, 1.178), rr.stream().map(Statistic::value).toList());
        assertEquals("1.178", rr.get(1).text());
        Statistic auc = only("with area under the receiver operating characteristic curve (AUC) values up to 0.873.");
        assertEquals("AUC", auc.type());
        assertEquals(0.873, auc.value());
        List<Statistic> aucs = read("The AUCs were 0.81 and 0.77, respectively.");
        assertEquals(List.of(0.81, 0.77), aucs.stream().map(Statistic::value).toList());
    }

    @Test
    void checksEachStatisticsP() {
        assertEquals("consistent", only("t(22) = 2.1, p = .047").check());
        assertEquals("inconsistent", only("t(22) = 2.1, p = .47").check());
        assertEquals("not_checkable", only("t = 2.1, p = .047").check(), "no df");
        assertEquals("not_checkable", only("OR 2.3, p = .01").check(), "no distribution");
        assertEquals("not_checkable", only("F(1, 34) = 19.4").check(), "no p");
        assertEquals("consistent", only("χ²(2) = 6.3, p < .05").check());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Of the patients, 45% were women and 12.3% were men.",
            "Mean age was 42.1 (SD 11.3) years; n = 45; range 18–65.",
            "Patients aged 45 years and over, 12 (27%) of them bedbound.",
            "The error rate = 0.5 and the order = 2 were fixed.",
            "They took d-ribose = 5 g daily.",
            "Rest or 2 days of pacing or 3 weeks of rest helped.",
            "The t test and the t statistic were used; t alone is not one.",
            "See Table 2 and Fig. 2; F 2 and T = 4 are labels.",
            "Results in the U.S. and the U.K. differed.",
            "Zinc = 12 µmol/L and size = 3 were measured.",
            "p53 and P450 and CYP2D6 were expressed; see page 12 and p. 14.",
            "Heart rate rose (HR 72 bpm at rest, HR = 85 standing); RR 16 per minute.",
            "Samples were taken at t = 0 and t = 30 min.",
            "Vitamin d = 30 ng/mL and beta-blockers were stopped; β2-microglobulin = 1.2 mg/L.",
            "TGF-β = 0.5 and IL-r = 0.3 were out of range.",
            "Correlations r = 1.5 cannot exist, nor AUC = 81.",
            "The OR was positive and the AUC was high.",
            "Sex (M = 10, F = 20) and (F = 12, M = 30) were balanced.",
            "Effect sizes were small (odds ratios below 1.1).",
            "P < 0.05 was considered statistically significant.",
            "Significance was set at p < 0.05 and α = 0.05, a significance level of p < 0.01.",
    })
    void ignoresLookAlikes(String text) {
        assertEquals(List.of(), read(text));
    }
}
