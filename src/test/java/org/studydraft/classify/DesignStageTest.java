package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "ME/CFS is a chronic illness that affects many people. Its cause is unknown and there is no cure yet.",
        "Recent research has found that people with ME/CFS have problems with energy production. Studies show that pacing can help."})
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

    /** Whole texts, each a class of page where the design is decided by more than one cue phrase. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an index page: the listed publication type decides, a MeSH topic heading does not
        "narrative_review|publication type|Ampligen for ME/CFS\\n\\nThe clinical data on the drug are reviewed.\\n\\nPublication types\\n\\n• Review\\n\\nMeSH terms\\n\\n• Humans\\n• Randomized Controlled Trials as Topic\\n",
        // "this review" joins the kind of review the methods name
        "systematic_review|review with a search|Exercise for long COVID\\n\\nThis review asks whether exercise helps. We searched MEDLINE and Embase up to May 2024 and followed PRISMA.\\n",
        "narrative_review|review without a search|Mast cells and ME/CFS\\n\\nThis review summarises what is known about mast cells in ME/CFS and where the gaps are.\\n",
        // a denied design and the designs a review searched for are not the text's own
        "narrative_review|denied search|Sleep in ME/CFS: a narrative review\\n\\nWe did not conduct a systematic search. We discuss polysomnography findings.\\n",
        "systematic_review|included trials|Treatments for Gulf War illness: a systematic review\\n\\nWe searched four databases for randomised controlled trials and cohort studies. Nine randomised trials were included.\\n",
        // chrome that says 'editorial' is no editorial
        "case_control|chrome editorial|New blood test for ME/CFS\\n\\nReach decision makers: combine market data and editorial excellence.\\n\\nThe researchers compared blood from 20 patients with blood from 20 healthy volunteers.\\n",
        // a survey the writer filled in, a freedom-of-information request by others
        "commentary|writer own survey|Why I cannot take part in research\\n\\nI filled in a long COVID research survey last week. I think the problem with these studies is that nobody asks how we get to the clinic. In my view they should come to us.\\n",
        "cross_sectional|FOI study|Exercise therapy in NHS clinics\\n\\nWe sent freedom of information requests to all 45 NHS trusts that run fatigue services.\\n",
        // a letter about another team's review or trial is a commentary
        "commentary|letter about a review|Letter to the editor\\n\\nDear Editor, in their systematic review, Jones and colleagues concluded that exercise helps. We argue that this review overlooks harms.\\n",
        "commentary|open letter about a trial|Researchers urge journal to investigate a trial\\n\\nSix researchers have signed an open letter to the editor. In 2011 the journal published an article called \"Pacing and exercise: a randomised trial\". We urge the journal to act.\\n",
        // a reply to a published review is a commentary on it
        "commentary|reply to a review|Letters on the exercise review\\n\\nThe journal published four letters in reply to a recent treatment review. One letter says this review overlooked harms. Another says this review mixed different therapies.\\n",
        // news wording for a comparison group, and a review that names no search
        "case_control|people without the illness|Gut bacteria differ in ME/CFS\\n\\nResearchers collected stool from 50 patients and from 50 people without the illness living in the same households.\\n",
        "narrative_review|article reviews|Mitochondria in ME/CFS\\n\\nThis article reviews what is known about mitochondrial function in ME/CFS and what remains open.\\n",
        // superscript reference numbers mark a cited design as someone else's
        "narrative_review|superscript citation|Orthostatic intolerance in adolescents\\n\\nIn this narrative review we describe orthostatic intolerance in teenagers. Guidelines for adults rest on randomized controlled trials.1,3 Such trials are rare in children.\\n",
        // a thread about a case-control study whose replies call for a trial; a review that cites trials it did not run
        "case_control|thread calling for a trial|NK cell function in ME/CFS\\nPosted by Reader » 3 March 2024\\nAbstract: We compared NK cell cytotoxicity in 45 ME/CFS patients and 40 healthy controls.\\n#2 Tired\\nWhat we really need is a large randomised controlled trial of a drug that targets NK cells.\\n#3 Fogged\\nAgreed, a placebo-controlled trial would settle it.\\n",
        "narrative_review|review citing trials|The gut microbiome in ME/CFS\\n\\nAbstract\\nA randomized controlled trial of probiotics reported small benefits, and a case-control study found fewer butyrate-producing bacteria in patients. Here we summarize recent advances and discuss open questions.\\n",
        // a web-based survey described in a hard-wrapped news line
        "cross_sectional|web-based study|Long COVID and ME/CFS\\n\\nA large web-based patient-led study from a patient group\\nfinds that most respondents had fatigue.\\n"
    })
    void wholeTextDecidesTheDesign(String expected, String what, String text) {
        Document doc = Pipelines.process("w.txt", text.replace("\\n", "\n"));
        Decision<?> design = doc.get(DesignStage.DESIGN);
        assertEquals(expected, design.label(), what + ": " + design.reason());
        assertFalse(design.evidence().isEmpty(), "a design carries its evidence span");
    }

    /** News and blog wording: the design is described, not named. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cohort|Researchers followed 4,000 people with ME/CFS for five years and recorded who recovered.",
        "cross_sectional|The charity surveyed 2,000 patients about their care. Most said their GP did not believe them.",
        "qualitative|The researchers interviewed 20 people with severe ME/CFS and their carers about daily life.",
        "non_randomised_trial|All 15 participants received the supplement for eight weeks, and symptoms were measured before and after treatment. There was no control group.",
        "preclinical|Scientists turned skin cells from patients into muscle cells in the lab and exposed them to stress.",
        "case_control|The team compared blood samples from 30 people with ME/CFS and 30 healthy people."})
    void newsWordingDescribesTheDesign(String expected, String text) {
        Document doc = Pipelines.process("news.txt", "New findings on ME/CFS\n\n" + text + "\n");
        Decision<?> design = doc.get(DesignStage.DESIGN);
        assertEquals(expected, design.label(), design.reason());
        assertFalse(design.evidence().isEmpty(), "a design carries its evidence span");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a study by|A study by researchers at a university hospital has found widespread inflammation in the brains of patients with fibromyalgia. Their report has been published online.",
        "research published|Now research published this month in a journal gives new weight to these reports. One of the study's authors says the muscle damage is real."})
    void aReportedStudyWithoutADesignIsInferredWithAWarning(String what, String text) {
        Document doc = Pipelines.process("r.txt", "Brain inflammation in fibromyalgia\n\n" + text + "\n");
        Decision<?> design = doc.get(DesignStage.DESIGN);
        assertNotEquals("none", design.label(), what);
        assertFalse(design.evidence().isEmpty(), "an inferred design still carries evidence");
        assertTrue(design.warnings().stream().anyMatch(w -> w.contains("inferred")), "weak inference is flagged: " + design.warnings());
    }
}
