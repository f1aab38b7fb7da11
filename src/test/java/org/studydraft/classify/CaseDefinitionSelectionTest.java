package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/** Case definitions that select participants: citation forms, coordinated names, list items under a lead-in line. */
class CaseDefinitionSelectionTest {

    private static List<String> definitionsOf(String methods) {
        String text = "A case-control study of immune markers in ME/CFS\n\nMethods\n" + methods
                + "\n\nResults\nPatients had higher IL-6 than healthy controls (p = 0.01).";
        Document doc = Pipelines.process("t.txt", text);
        return doc.get(PemStage.CASE_DEFINITIONS).stream().map(CaseDefinition::name).toList();
    }

    @Test
    void citationFormsAndSpelledOutInstitutions() {
        assertEquals(List.of("Holmes"), definitionsOf("We recruited 30 patients who met the Holmes et al. (1988) criteria and 30 healthy controls."));
        assertEquals(List.of("Fukuda"), definitionsOf(
                "Forty patients fulfilled the 1994 Centers for Disease Control and Prevention (CDC) criteria; 40 healthy controls took part."));
    }

    @Test
    void coordinatedNamesShareTheirHead() {
        assertEquals(List.of("CCC", "ICC"), definitionsOf(
                "We enrolled 25 patients who met the Canadian and International Consensus Criteria and 25 healthy controls."));
    }

    @Test
    void listItemsInheritTheirLeadIn() {
        assertEquals(List.of("CCC"), definitionsOf(
                "We recruited 20 patients and 20 healthy controls.\nInclusion criteria:\n• aged 18 to 60 years\n• Canadian Consensus Criteria"));
        assertEquals(List.of(), definitionsOf(
                "We recruited 20 patients and 20 healthy controls.\nOther definitions discussed:\n• Canadian Consensus Criteria"));
    }
}
