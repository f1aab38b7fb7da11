package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.batch.ProjectHome;
import org.studydraft.testutil.SharedCorpus;

/**
 * The regression gate: the pipeline scored on the dev split must not fall more than {@link Baseline#TOLERANCE}
 * below {@code gold/baseline.json} on any row. After an intended trade-off, rewrite the baseline with
 * {@code studydraft score --split dev --write-baseline gold/baseline.json} and say why in the commit.
 */
class BaselineGateTest {
    private static final Path BASELINE = Path.of("gold/baseline.json");

    @Test
    void devScoresStayWithinToleranceOfTheBaseline() throws IOException {
        SharedCorpus.assumePresent();
        Baseline baseline = Baseline.read(BASELINE);
        Scoreboard now = GoldScorer.score(GoldSet.load(Path.of("gold")), baseline.split(),
                new PipelinePredictions(ProjectHome.locate(), null));
        List<String> regressions = baseline.regressions(now, Baseline.TOLERANCE);
        String change = baseline.documentChange(now);
        assertTrue(regressions.isEmpty(), "scores on " + baseline.split() + " fell below " + BASELINE + ":\n  "
                + String.join("\n  ", regressions) + (change == null ? "" : "\nnote: " + change));
    }

    @Test
    void aDropBeyondTheToleranceIsARegression() {
        Scoreboard before = new Scoreboard("dev", "test");
        GoldLabel g = GoldFixture.label("fx-001");
        DocumentScorer.score(g, GoldFixture.raw(g), PerfectPrediction.of(g, GoldFixture.raw(g)), before);
        Baseline baseline = Baseline.of(before);
        Scoreboard after = new Scoreboard("dev", "test");
        DocumentScorer.score(g, GoldFixture.raw(g), Prediction.EMPTY, after);
        List<String> regressions = baseline.regressions(after, Baseline.TOLERANCE);
        assertTrue(regressions.stream().anyMatch(r -> r.startsWith("design: 0.0000, baseline 1.0000")), regressions.toString());
        assertTrue(baseline.regressions(before, Baseline.TOLERANCE).isEmpty());
    }
}
