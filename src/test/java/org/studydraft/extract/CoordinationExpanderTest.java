package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coordinations that write a shared word once: each conjunct that forms a lexicon alias becomes its own entity. */
class CoordinationExpanderTest {
    private static final Lexicon LEX = Lexicon.load(java.nio.file.Path.of("annotators", "lexicons"),
            List.of("case_definition", "condition", "symptom", "intervention", "biomarker", "method", "process", "pathogen"));

    private static List<String> found(String text) {
        List<Entity> all = new ArrayList<>(new LexiconMatcher(LEX).match(text));
        all.addAll(new CoordinationExpander(LEX).expand(text, all));
        all.sort(java.util.Comparator.comparing(Entity::span));
        all.forEach(e -> assertEquals(e.span().of(text), e.text(), "span equals text"));
        return all.stream().map(e -> e.normalized() + "=" + e.text()).toList();
    }

    @Test
    void sharedHeadReachesTheModifiersBeforeIt() {
        assertEquals(List.of("myalgia=muscle", "arthralgia=joint pain"), found("Most reported muscle and joint pain."));
        List<String> dti = found("We compared mean/axial/radial diffusivity between groups.");
        assertTrue(dti.containsAll(List.of("mean diffusivity=mean", "axial diffusivity=axial", "radial diffusivity=radial diffusivity")), dti.toString());
        assertEquals(List.of("CCC=Canadian", "ICC=International Consensus Criteria"),
                found("Patients met the Canadian and International Consensus Criteria."));
        assertEquals(List.of("CCC=Canadian", "ICC=International Consensus Criteria for ME"),
                found("Patients met the Canadian and International Consensus Criteria for ME."), "a shorter form of the shared head");
    }

    @Test
    void sharedModifierReachesTheHeadsAfterIt() {
        List<String> s = found("She described sensitivity to noise, light and touch.");
        assertTrue(s.contains("photophobia=light"), s.toString());
        List<String> b = found("Resting blood pressure and flow were recorded.");
        assertTrue(b.containsAll(List.of("blood pressure=blood pressure", "blood flow=flow")), b.toString());
    }

    @Test
    void conjunctsThatAreEntitiesOrNoAliasAreLeftAlone() {
        assertEquals(List.of("fatigue=fatigue", "chronic pain=chronic pain"), found("Both fatigue and chronic pain improved."));
        assertEquals(List.of("heart rate=heart rate"), found("Heart rate and body weight were stable.".toLowerCase()));
        assertEquals(List.of("B cells=B cells"), found("the band B cells"), "'band' is no connector");
    }
}
