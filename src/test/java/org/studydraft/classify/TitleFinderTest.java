package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Span;

class TitleFinderTest {
    private final TitleFinder finder = new TitleFinder(CueSet.load(Path.of("annotators/cues/title.tsv")), 25, 2.0);

    @Test
    void aMegabyteLineWithoutBreaksIsSkippedNotFatal() {
        String title = "Immune markers in myalgic encephalomyelitis: a cohort study";
        String huge = "patients were studied and results showed higher levels ".repeat(18_000);
        String text = title + "\n" + huge + "\nConclusions were drawn.\n";
        Span span = finder.find(text, null);
        assertNotNull(span);
        assertEquals(title, span.of(text));
    }

    @Test
    void picksTheScholarlyLineOverNavigation() {
        String text = "Home | News | Sign in\nPost-exertional malaise in ME/CFS: a two-day exercise study\n"
                + "Researchers in Norway asked 40 patients to exercise on two days in a row and measured how they felt.\n";
        Span span = finder.find(text, null);
        assertNotNull(span);
        assertEquals("Post-exertional malaise in ME/CFS: a two-day exercise study", span.of(text));
    }
}
