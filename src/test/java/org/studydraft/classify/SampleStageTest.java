package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/** Sample-size patterns and traps, each on a sentence of the kind the scraped texts contain. */
class SampleStageTest {

    private static SampleSize sampleOf(String methodsSentence) {
        String text = "A case-control study of immune markers in ME/CFS\n\nMethods\n" + methodsSentence
                + "\n\nResults\nPatients had higher IL-6 than controls compared with healthy controls.";
        Document doc = Pipelines.process("t.txt", text);
        return doc.get(SampleStage.SAMPLE);
    }

    @Test
    void twoGroupsAreSummed() {
        SampleSize s = sampleOf("We analysed blood samples from 56 ME/CFS patients and 52 healthy controls.");
        assertEquals(108, s.total());
        assertEquals(List.of(56, 52), s.groups().stream().map(SampleSize.Group::n).toList());
        assertEquals("ME/CFS patients", s.groups().get(0).label());
        assertFalse(s.evidence().isEmpty());
    }

    @Test
    void perGroupCountTimesGroups() {
        SampleSize s = sampleOf("Patients and controls were compared (n = 18 per group).");
        assertEquals(36, s.total());
    }

    @Test
    void numberWordsAreRead() {
        assertEquals(56, sampleOf("Fifty-six participants with ME/CFS were recruited from a specialist clinic.").total());
    }

    @Test
    void statedTotalWins() {
        assertEquals(151, sampleOf("N=151 randomised to the two arms; 139 participants completed follow-up.").total());
        assertEquals(120, sampleOf("A total of 120 participants took part in the study.").total());
    }

    @Test
    void countsInParenthesesAfterTheNoun() {
        SampleSize s = sampleOf("Participants with ME/CFS (Canadian Criteria; n = 84) and sedentary controls (CTL; n = 71) completed two CPETs.");
        assertEquals(155, s.total());
    }

    @Test
    void totalBeforeItsBreakdown() {
        assertEquals(48, sampleOf("Forty-eight adolescents (25 patients, 23 controls) were scanned.").total());
    }

    @Test
    void agesYearsPercentagesDosesAndDurationsAreNotSamples() {
        assertNull(sampleOf("Participants aged 18-65 years received 4.5 mg of naltrexone for 12 weeks; 60% were women."));
        SampleSize s = sampleOf("Mice were tested for 5 days in primed mice and 1 day in controls at 8 weeks of age.");
        if (s != null) {
            assertFalse(s.total() == 5 || s.total() == 6, "durations are not animals");
        }
    }

    @Test
    void uncontrastedCountsAreNotAdded() {
        SampleSize s = sampleOf("We conducted in-depth interviews with 48 people from 24 households, providing insight into the experiences of 37 ME/CFS sufferers.");
        assertNotNull(s);
        assertEquals(48, s.total());
    }

    @Test
    void reviewsHaveNoSample() {
        String text = "Gut microbiome in ME/CFS: a systematic review\n\nWe conducted a systematic review and meta-analysis. "
                + "Twelve studies with 1,200 participants were included.";
        assertNull(Pipelines.process("r.txt", text).get(SampleStage.SAMPLE));
    }
}
