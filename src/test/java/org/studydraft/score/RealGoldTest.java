package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The project's own gold folder: every label passes {@code gold check}, and scoring each label's perfect prediction
 * gives the best value on every row (so a label the scorer cannot reach 1.0 on is caught here, not in a report).
 * Documents under {@code ../shared} are skipped with a notice where it is absent.
 */
class RealGoldTest {
    static final Path GOLD = Path.of("gold");

    @Test
    void everyLabelPassesGoldCheck() {
        GoldChecker.Report report = GoldChecker.check(GOLD);
        if (!report.skippedDocuments().isEmpty()) {
            System.out.println("notice: gold check skipped the document checks of " + report.skippedDocuments().size()
                    + " labels whose documents are absent (no ../shared)");
        }
        assertTrue(report.labels() > 0);
        assertEquals("", report.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void perfectPredictionsOfTheRealLabelsScoreBest() throws IOException {
        GoldSet gold = GoldSet.load(GOLD);
        Scoreboard b = new Scoreboard("all", "perfect");
        int skipped = 0;
        for (GoldLabel label : gold.labels()) {
            Path doc = gold.docPath(label);
            if (!Files.isRegularFile(doc)) {
                skipped++;
                continue;
            }
            RawDocument raw = RawDocument.read(doc);
            DocumentScorer.score(label, raw, PerfectPrediction.of(label, raw), b);
        }
        if (skipped > 0) {
            System.out.println("notice: " + skipped + " gold documents absent (no ../shared), not scored");
        }
        for (ScoreField f : ScoreField.values()) {
            Double v = b.headline(f);
            if (v != null) {
                StringBuilder misses = new StringBuilder();
                b.documents().forEach(id -> b.misses(id).stream().filter(m -> m.field().startsWith(f.key()))
                        .forEach(m -> misses.append('\n').append(id).append(": ").append(m)));
                assertEquals(f.lowerIsBetter() ? 0.0 : 1.0, v, 1e-9, f.key() + misses);
            }
        }
    }
}
