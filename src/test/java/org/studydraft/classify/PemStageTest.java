package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/** PEM by the guide's rule: a case definition counts only where it selects participants. */
class PemStageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "required|CCC selection|We compared 40 patients who met the Canadian Consensus Criteria with 40 healthy controls.",
        "not_required|Fukuda alone|We compared 40 patients who met the Fukuda criteria with 40 healthy controls.",
        "unclear|mixed definitions|We compared 40 patients who met the Fukuda and/or Canadian Consensus Criteria with 40 healthy controls.",
        "not_required|negated requirement|We compared 40 patients with 40 healthy controls. Patients met the Fukuda criteria; the study did not require PEM for inclusion.",
        "unclear|no definition|We compared 40 patients with ME/CFS with 40 healthy controls.",
        // a definition met later is an outcome of a cohort, not how people were selected
        "unclear|definition as an outcome|We conducted a prospective cohort study of 2,000 adults after a positive COVID-19 test, followed for two years. At 24 months, 150 of the 1,900 (7.9%) met the IOM criteria for ME/CFS.",
        // a definition the study did not use, or two definitions contrasted
        "unclear|definition not used|A study compared 40 patients with 40 healthy controls. It didn't use patients who have ME as defined by the International Consensus Criteria.",
        "unclear|definitions contrasted|A study compared 40 patients with 40 healthy controls. CFS as defined by Fukuda and ME as defined by the International Consensus Criteria are different patient groups.",
        // PEM named as an inclusion criterion, made optional, or denied for part of the sample
        "required|PEM an inclusion criterion|We compared 40 patients with 40 healthy controls. Inclusion criteria were a physician diagnosis of ME/CFS and post-exertional malaise lasting at least 24 hours.",
        "not_required|PEM optional|We compared 40 patients who met the Fukuda criteria with 40 healthy controls, regardless of whether they reported PEM.",
        "unclear|not everyone had PEM|A charity surveyed 900 members. Respondents met Fukuda and/or CCC by a checklist they filled in themselves, so not everyone had to have PEM.",
        // a subgroup meeting a stricter definition does not select the whole sample; 'both' selects everyone
        "not_required|subgroup met CCC|We compared 60 patients who met the Fukuda criteria with 40 healthy controls. A subgroup of 25 patients also met the Canadian Consensus Criteria.",
        "required|met both|We compared 40 patients who met both the Fukuda criteria and the Canadian Consensus Criteria with 40 healthy controls."
    })
    void pemFollowsTheSelection(String expected, String what, String methods) {
        Document doc = Pipelines.process("p.txt", "Immune markers in ME/CFS\n\nMethods\n" + methods + "\n");
        Decision<?> pem = doc.get(PemStage.PEM);
        assertEquals(expected, pem.label(), what + ": " + pem.reason());
        assertFalse(pem.evidence().isEmpty(), "every PEM label carries evidence: " + pem.reason());
    }

    @org.junit.jupiter.api.Test
    void aStatementThatOverridesTheDefinitionsKeepsThemAsAWarning() {
        Document doc = Pipelines.process("w.txt", "Immune markers in ME/CFS\n\nMethods\nWe compared 40 patients who met the Fukuda "
                + "criteria with 40 healthy controls. Inclusion criteria also required the presence of post-exertional malaise.\n");
        Decision<?> pem = doc.get(PemStage.PEM);
        assertEquals("required", pem.label(), pem.reason());
        assertEquals(1, pem.warnings().size(), "the Fukuda-only reading is kept as a warning");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "narrative review|This narrative review summarises what is known about post-exertional malaise in ME/CFS.",
        "commentary|In this editorial we argue that exercise trials in ME/CFS need objective outcomes."})
    void noParticipantsMeansNotApplicable(String what, String text) {
        Document doc = Pipelines.process("n.txt", "Post-exertional malaise\n\n" + text + "\n");
        Decision<?> pem = doc.get(PemStage.PEM);
        assertEquals("not_applicable", pem.label(), what);
        assertEquals(List.of(), doc.get(PemStage.CASE_DEFINITIONS));
        assertFalse(pem.evidence().isEmpty(), "not_applicable points at the design evidence");
    }
}
