package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void macroF1AveragesEveryLabelSeenAsGoldOrPrediction() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("rct", "cohort", "commentary"));
        m.add("rct", "rct");
        m.add("rct", "rct");
        m.add("rct", "cohort");
        m.add("cohort", "cohort");
        m.add("commentary", null);
        // rct: tp 2, fn 1 -> 4/5; cohort: tp 1, fp 1 -> 2/3; commentary: fn 1 -> 0; "(none)" predicted only -> 0
        assertEquals((0.8 + 2.0 / 3 + 0 + 0) / 4, m.macroF1(), 1e-9);
    }

    @Test
    void perfectPredictionsGiveOneAndNoDocumentsGiveNothing() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("rct", "cohort"));
        assertNull(m.macroF1());
        m.add("rct", "rct");
        m.add("cohort", "cohort");
        assertEquals(1.0, m.macroF1(), 1e-9);
    }
}
