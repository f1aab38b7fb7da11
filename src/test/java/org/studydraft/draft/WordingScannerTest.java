package org.studydraft.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.batch.ProjectHome;
import org.studydraft.core.Resources;

class WordingScannerTest {
    private final Path rules = ProjectHome.locate().resolve("annotators/wording/rules.tsv");
    private final WordingScanner scanner = WordingScanner.load(rules);

    @Test
    void everyRuleFiresOnItsOwnExample() {
        List<String[]> rows = Resources.readTsv(rules, 7);
        assertFalse(rows.isEmpty());
        for (String[] row : rows) {
            String where = row[2].equals("source") ? "source" : "draft";
            List<WordingHit> hits = scanner.scan(row[6], where, "case_control");
            assertTrue(hits.stream().anyMatch(h -> h.rule().equals(row[0])), "rule " + row[0] + " on: " + row[6]);
        }
    }

    @Test
    void causalWordingIsAcceptableAfterARandomisedTrialOnly() {
        assertTrue(scanner.hasCritical("The drug cures fatigue.", "cross_sectional"));
        assertFalse(scanner.hasCritical("The drug cures fatigue.", "rct"));
    }

    @Test
    void plainWordingRaisesNothing() {
        assertTrue(scanner.scan("Patients had higher IL-6 than controls.", "draft", "case_control").isEmpty());
    }
}
