package org.studydraft.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A source sentence folded by hard wrapping reads as one line in the draft. */
class DraftTidyTest {

    @Test
    void foldsBecomeSpacesAndHyphenFoldsJoin() {
        assertEquals("Two in three respondents had never heard of post-exertional malaise before the survey.",
                DraftStage.tidy("Two in three respondents had never heard of post-\nexertional malaise before the\nsurvey."));
    }

    @Test
    void aDashBeforeACapitalStaysADash() {
        assertEquals("Fatigue improved - ME/CFS clinics took part.", DraftStage.tidy("Fatigue improved -\nME/CFS clinics took part."));
    }
}
