package org.studydraft.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Folds of hard-wrapped text become spaces; texts whose paragraphs are single lines are left alone. */
class HardWrapTest {
    private final HardWrap wrap = new HardWrap(6, 50, 100, 0.75, 0.4, 0.2);

    /** Folded at 72 characters, as a mail client or {@code fmt} would. */
    private static final String NEWSLETTER = String.join("\n",
            "Members' newsletter, spring issue",
            "",
            "Our survey of 412 members closed in March and the results are now in.",
            "The most common problem people described was getting a diagnosis: half",
            "of those who answered waited more than three years for one.",
            "- Two in three respondents said their GP had never heard of post-",
            "exertional malaise before they explained it.",
            "- Fewer than one in ten had been offered a home visit when they were too",
            "ill to travel to the surgery.",
            "Thank you to everyone who took part, and to the volunteers of the North",
            "Wales.",
            "https://example.org/newsletters/spring-issue-survey-results-members.html",
            "See you at the autumn meeting.");

    @Test
    void newsletterFoldedAtSeventyTwoCharactersIsUnfolded() {
        String unfolded = wrap.unfold(NEWSLETTER);
        assertEquals(NEWSLETTER.length(), unfolded.length(), "offsets must not move");
        assertTrue(unfolded.contains("diagnosis: half of those who answered"), unfolded);
        assertTrue(unfolded.contains("they were too ill to travel"), unfolded);
        assertTrue(unfolded.contains("post- exertional malaise"), unfolded);
        // A list item, a short closing line, a heading and a URL keep their own lines.
        assertTrue(unfolded.contains("explained it.\n- Fewer than"), unfolded);
        assertTrue(unfolded.contains("spring issue\n\nOur survey"), unfolded);
        assertTrue(unfolded.contains("the North Wales.\nhttps://"), unfolded);
        assertTrue(unfolded.contains(".html\nSee you"), unfolded);
    }

    @Test
    void unfoldedSentencesAreWholeAfterSegmentation() {
        org.studydraft.core.Document doc = org.studydraft.testutil.Pipelines.process("newsletter.txt", NEWSLETTER);
        Sentences sents = doc.get(SegmentStage.SENTENCES);
        boolean whole = false;
        for (int i = 0; i < sents.size(); i++) {
            String s = sents.get(i).of(doc.clean());
            whole |= s.startsWith("The most common problem") && s.endsWith("three years for one.");
        }
        assertTrue(whole, "the folded sentence is one sentence");
    }

    @Test
    void paragraphsOnSingleLinesAreNotWrapped() {
        String text = String.join("\n",
                "Sleep in ME/CFS: a short review",
                "Unrefreshing sleep is one of the most common complaints of people with ME/CFS, and it is part of"
                        + " several case definitions; polysomnography finds only subtle and inconsistent changes.",
                "Heart rate variability during sleep was lower in patients than in controls in two small studies.",
                "Treatment trials are few and small.",
                "Keywords",
                "Sleep; chronic fatigue syndrome; heart rate variability; polysomnography",
                "Cited by (2)");
        assertEquals(0, wrap.wrapWidth(text));
        assertEquals(text, wrap.unfold(text));
    }

    @Test
    void listOfFullLinesIsNotWrapped() {
        // Lines of one length, but each item ends where it should: nothing goes on in lower case on the next line.
        String text = String.join("\n",
                "Rituximab for patients with ME/CFS",
                "Observed Findings",
                "- Fatigue scores did not differ between rituximab and placebo (p = 0.4)",
                "- Adverse events were more common with rituximab than with placebo",
                "Inferred Conclusions",
                "- B-cell depletion is unlikely to help most patients with ME/CFS in the trial",
                "- Larger trials of other immune treatments are still worth doing in ME",
                "Remaining Questions",
                "- Which subgroups, if any, improved more than the others after infusions?");
        assertEquals(0, wrap.wrapWidth(text));
    }

    @Test
    void shortListsAreNotWrapped() {
        String text = String.join("\n", "Fatigue", "Brain fog", "Unrefreshing sleep", "Pain", "Dizziness", "Nausea", "Headache");
        assertEquals(0, wrap.wrapWidth(text));
    }
}
