package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matches whose context says they name something else: effect sizes with a CI, proper names of institutions. */
class NonEntityContextsTest {
    private static final Lexicon LEX = Lexicon.load(Path.of("annotators", "lexicons"),
            List.of("condition", "symptom", "intervention", "biomarker"));
    private static final NonEntityContexts RULES = NonEntityContexts.load(Path.of("annotators", "lexicons", "not-entity-contexts.tsv"));

    private static List<String> found(String text) {
        return new LexiconMatcher(LEX).match(text).stream().filter(e -> !RULES.excludes(text, e))
                .map(e -> e.normalized() + "=" + e.text()).toList();
    }

    @Test
    void anAbbreviationWithAValueAndConfidenceIntervalIsAnEffectSize() {
        assertEquals(List.of(), found("Older age predicted relapse (HR 1.42, 95% CI 1.10-1.83)."));
        assertEquals(List.of(), found("Female sex (HR = 2.1 [95% CI 1.3 to 3.4]) was a risk factor."));
        assertEquals(List.of("heart rate=HR"), found("Resting HR was 72 beats per minute."));
    }

    @Test
    void aCapitalisedTermBeforeAnInstitutionWordIsAProperName() {
        assertEquals(List.of(), found("Patients were recruited at the Northfield Fatigue Clinic."));
        assertEquals(List.of("fatigue=fatigue"), found("Patients with fatigue clinic referrals were seen."));
        assertEquals(List.of("fatigue=Fatigue"), found("Fatigue was the main complaint."));
        assertEquals(List.of(), found("Department of Neurology, Pain and Fatigue Study Center, Springfield."));
    }

    @Test
    void aCapitalisedTermInsideAJournalNameIsNotReported() {
        assertEquals(List.of(), found("Published in Case Reports in Dysautonomia 2021."));
        assertEquals(List.of("fatigue=fatigue"), found("The Journal of Fatigue study reported fatigue."));
    }
}
