package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/** One test per design cue family: a short abstract-like text whose methods name the design as papers do. */
class DesignStageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rct|In this randomised, double-blind, placebo-controlled trial, 151 adults with ME/CFS were randomly assigned to the supplement or placebo.",
        "non_randomised_trial|In this open-label, single-arm pilot study, 26 adults with ME/CFS took the drug for 12 weeks.",
        "cohort|We followed a prospective cohort of 318 adults with ME/CFS for five years after diagnosis.",
        "case_control|We compared 56 ME/CFS patients with 52 healthy controls matched for age and sex.",
        "cross_sectional|We conducted a cross-sectional online survey of 1,204 members of a patient charity.",
        "case_series|We report the case of a 34-year-old woman with ME/CFS who developed small fibre neuropathy.",
        "systematic_review|We conducted a systematic review and meta-analysis; databases were searched up to March 2024.",
        "narrative_review|This narrative review summarises current understanding of mast cell activation in ME/CFS.",
        "preclinical|Mice were injected with poly(I:C) and their wheel running was recorded for two weeks.",
        "qualitative|We conducted semi-structured interviews with 19 adults and analysed them with thematic analysis.",
        "guideline|This consensus statement gives recommendations for diagnosing ME/CFS in children, developed by a Delphi process.",
        "commentary|In this editorial we argue that exercise trials in ME/CFS need objective outcomes."
    })
    void cueFamilyDecidesTheDesign(String expected, String methods) {
        Document doc = Pipelines.process("d.txt", "Title of a paper about ME/CFS\n\nMethods\n" + methods + "\n");
        Decision<?> design = doc.get(DesignStage.DESIGN);
        assertEquals(expected, design.label(), design.reason());
        assertFalse(design.evidence().isEmpty(), "a design carries its evidence span");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ME/CFS is a chronic illness that affects many people. Its cause is unknown and there is no cure yet."})
    void noStudyMeansNone(String text) {
        Document doc = Pipelines.process("n.txt", "What is ME/CFS?\n\n" + text + "\n");
        assertEquals("none", doc.get(DesignStage.DESIGN).label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Previous studies by Smith et al. used randomised placebo-controlled trials. We compared 30 patients with 30 healthy controls."})
    void citedDesignsWeighLessThanTheTextsOwn(String text) {
        Document doc = Pipelines.process("c.txt", "Immune markers in ME/CFS\n\n" + text + "\n");
        assertEquals("case_control", doc.get(DesignStage.DESIGN).label());
    }
}
