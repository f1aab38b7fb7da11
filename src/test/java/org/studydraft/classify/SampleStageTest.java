package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static SampleSize sampleOf(String introduction, String methods) {
        String text = "A case-control study of immune markers in ME/CFS\n\nIntroduction\n" + introduction + "\n\nMethods\n" + methods
                + "\n\nResults\nPatients had higher IL-6 than controls compared with healthy controls.";
        return Pipelines.process("t.txt", text).get(SampleStage.SAMPLE);
    }

    private static int total(String methodsSentence) {
        SampleSize s = sampleOf(methodsSentence);
        assertNotNull(s, methodsSentence);
        assertFalse(s.evidence().isEmpty(), "a sample carries its evidence");
        return s.total();
    }

    @Test
    void perGroupCountsUseTheStatedNumberOfGroups() {
        assertEquals(60, total("Participants were allocated to four arms (n = 15 in each arm) by a computer-generated list."));
        assertEquals(36, total("Twelve mice per group were assigned to three groups: sham, infected and infected plus treatment."));
    }

    @Test
    void numberWordsWithHundreds() {
        assertEquals(120, total("One hundred and twenty participants with ME/CFS were enrolled at two hospitals."));
    }

    @Test
    void statedTotalWithThousandsSeparators() {
        assertEquals(1234, total("A total of 1,234 participants completed the baseline questionnaire."));
        assertEquals(6107, total("We compared the posts of 6.107 forum users who reported a long COVID diagnosis."));
        assertEquals(15297, total("The registry held records of 15 297 patients who had been given the diagnosis."));
    }

    @Test
    void enrolledBeforeLossesIsTheTotal() {
        assertEquals(300, total("Of the 300 enrolled, 270 completed the six-month follow-up visit."));
    }

    @Test
    void screenedBeforeConsentIsNotTheTotal() {
        assertEquals(142, total("Of 198 eligible adults invited by letter, 142 agreed to take part and gave written consent."));
    }

    @Test
    void armsOfATable() {
        assertEquals(151, total("Baseline characteristics\tRituximab (n = 76)\tPlacebo (n = 75)"));
    }

    @Test
    void participantsWithNInParentheses() {
        assertEquals(40, total("Adolescent participants (n = 40) wore an accelerometer for seven days."));
    }

    @Test
    void countedNounWithCondition() {
        SampleSize s = sampleOf("We studied 40 women with ME/CFS who attended a tertiary fatigue service.");
        assertEquals(40, s.total());
        assertTrue(s.groups().get(0).label().startsWith("women with ME/CFS"), s.groups().get(0).label());
    }

    @Test
    void surveyRespondents() {
        assertEquals(1204, total("The online survey was completed by 1,204 respondents from 31 countries."));
    }

    @Test
    void conditionsNamedAsGroupsAreCounted() {
        assertEquals(154, total("Plasma was collected from 64 ME/CFS, 40 MS and 50 healthy controls at a single centre."));
        assertEquals(78, total("We enrolled 22 patients with fibromyalgia, 30 with ME/CFS and 26 matched healthy controls."));
    }

    @Test
    void percentagesBesideGroupCountsAreSkipped() {
        assertEquals(200, total("Questionnaires were returned by 120 (60%) women and 80 (40%) men."));
    }

    @Test
    void yearsAreNotCounts() {
        assertNull(sampleOf("In 2019 patients attending the clinic were invited to complete the questionnaire."));
    }

    @Test
    void participantsPooledFromCountedStudiesAreNotASample() {
        assertNull(sampleOf("Across eleven trials with 1,318 participants, exercise therapy was compared with usual care."));
    }

    @Test
    void samplesCellsAndGenesAreNotParticipants() {
        assertNull(sampleOf("We sequenced 1,200 genes in 40 samples and counted 5 million cells per sample."));
        assertNull(sampleOf("A total of 28 papers and 55 data points were extracted for the pooled estimate."));
    }

    @Test
    void countsOfPreviousStudiesLoseToTheStudysOwn() {
        SampleSize s = sampleOf("A previous study of 200 patients found low NK cell activity [4].",
                "We recruited 36 patients and 30 healthy controls from a specialist clinic.");
        assertEquals(66, s.total());
    }

    @Test
    void populationFiguresAreNotSamples() {
        assertNull(sampleOf("The illness is thought to affect 250,000 people in the UK and 17 million people worldwide."));
        assertNull(sampleOf("An estimated 250,000 people in the UK have ME, many of them housebound."));
        SampleSize s = sampleOf("ME/CFS is a condition affecting 250,000 people in the UK.", "The study will recruit 20,000 adults with ME/CFS.");
        assertEquals(20000, s.total());
    }

    @Test
    void ratiosAreNotCounts() {
        assertNull(sampleOf("The condition affects anywhere from 1 in 50 to 1 in 25 people, mostly women."));
    }

    @Test
    void subgroupsLoseToTheWholeSample() {
        SampleSize s = sampleOf("Introduction sentence about exercise physiology in ME/CFS.",
                "A subset of 20 patients underwent a second exercise test. We recruited 45 patients and 40 controls.");
        assertEquals(85, s.total());
    }

    @Test
    void agesAreNotSamples() {
        assertNull(sampleOf("The mean age was 42 years and participants aged 18 to 65 were eligible."));
    }

    @Test
    void nWithoutAParenthesisPerLabel() {
        assertEquals(44, total("Resting-state scans were acquired (ME/CFS, n = 24; HC, n = 20) on a 3T scanner."));
        assertEquals(90, total("We recruited 50 ME/CFS patients and 40 HCs from the outpatient clinic."));
    }

    @Test
    void groupsWhoseNounIsLeftOutAreAdded() {
        assertEquals(78, total("Forty patients were randomised to rituximab and 38 to placebo."));
    }

    @Test
    void aLongerClauseBetweenGroupsStillJoinsThem() {
        assertEquals(140, total("Seventy-two patients meeting the Canadian Consensus Criteria and 68 age-matched sedentary controls were enrolled."));
    }

    @Test
    void aBreakdownInParenthesesIsNotAddedToItsTotal() {
        assertEquals(60, total("Sixty rats were used (30 treated, 30 vehicle controls) in the behavioural experiments."));
    }

    @Test
    void peopleAskedAreNotParticipants() {
        assertEquals(212, total("Three hundred patients were invited by letter, and 212 responded (71%)."));
        assertEquals(120, total("We screened 500 patients and enrolled 120 who met the criteria."));
    }

    @Test
    void totalsStatedInTotal() {
        assertEquals(75, total("Each group contained 25 participants (n = 25 per group), giving 75 in total."));
    }

    @Test
    void aCountWithItsPercentageIsAShareNotTheSample() {
        assertEquals(280, total("Fatigue was severe in 34 participants (12%). The cohort comprised 280 adults with ME/CFS."));
    }

    @Test
    void anNWhoseLabelIsATrapIsNoSample() {
        assertNull(sampleOf("Blood samples (n = 120) were obtained from the biobank and thawed once."));
        assertNull(sampleOf("At week 12 (n = 35), fatigue scores had improved from baseline."));
        assertEquals(40, total("Two groups were scanned (n = 20 ME/CFS, n = 20 HC) on the same day."));
    }
}
