package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studydraft.core.Document;
import org.studydraft.testutil.Pipelines;

/** Title, year and retraction cues, each on a short page written for the test. */
class MetadataStageTest {
    private static final String BODY = "\n\nWe measured heart rate in 40 adults with ME/CFS during a short walking test and"
            + " compared them with 40 healthy adults. Heart rate rose more in the patients.\n";

    private static Metadata metadata(String page) {
        Document doc = Pipelines.process("m.txt", page.replace("\\n", "\n") + BODY);
        return doc.get(MetadataStage.METADATA);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "retraction label cut|RETRACTED: Heart rate responses to walking in adults with ME/CFS|Heart rate responses to walking in adults with ME/CFS",
        "forum tag and thread tail cut|Preprint Heart rate responses to walking in adults with ME/CFS, 2025, Okafor et al\\nAlex_B\\n1,204|Heart rate responses to walking in adults with ME/CFS",
        "byline separators are no title|Heart rate responses to walking in adults with ME/CFS.\\nOkafor, Ada, Lind, Per · Journal of Fatigue Studies · 2025 · DOI|Heart rate responses to walking in adults with ME/CFS.",
        "pronoun I only as a word|Poly(I:C) challenge and heart rate in a mouse model of fatigue|Poly(I:C) challenge and heart rate in a mouse model of fatigue",
        "news headline starting with Research|Research teams find faster heart rates in ME/CFS patients\\nScience News|Research teams find faster heart rates in ME/CFS patients",
        "field line is no title|Keywords: heart rate, walking test, chronic fatigue syndrome, exercise, autonomic function\\nHeart rate responses to walking in adults with ME/CFS|Heart rate responses to walking in adults with ME/CFS",
        "wiki page name above its tagline|Walking tests\\n\\nFrom MEpedia, a crowd-sourced encyclopedia of ME and CFS science and history|Walking tests",
        "MEDLINE TI field|PMID- 40000001 OWN - NLM DP - 2025 Mar TI - Heart rate during walking in adults with ME/CFS: a case-control study. PG - 1-9 AB - BACKGROUND: Walking is hard.|Heart rate during walking in adults with ME/CFS: a case-control study.",
        "Markdown underlined heading|Heart rate during walking in adults with ME/CFS: the WALK study ================================== * Ada Okafor * Per Lind|Heart rate during walking in adults with ME/CFS: the WALK study",
        "blog headline with research|The trouble with walking tests in ME/CFS research\\n\\nShame that so many studies aren't designed with patients who can't travel in mind 🙁|The trouble with walking tests in ME/CFS research",
        "quoted title published as|Episode 9\\nThis week a physiologist talks about her study, published in the Journal of Fatigue Studies as \"Heart rate during walking in ME/CFS: a case-control study\" (2025).|Heart rate during walking in ME/CFS: a case-control study",
    })
    void titleCues(String family, String page, String expected) {
        assertEquals(expected, metadata(page).title(), family);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "lead sentence with an auxiliary verb|Researchers at a large university have shown that heart rate rises more in patients with ME/CFS during walking.",
        "lead-in to a quote|After the walking study was published a number of charities wrote to the funder asking for the data:",
    })
    void leadSentencesAreNoTitle(String family, String page) {
        assertNull(metadata(page).title(), family);
    }

    @Test
    void commentDateGivesTheYear() {
        assertEquals(2019, metadata("On 2019 Mar 4, Jo Smith commented:\\nThis trial used a broad case definition.").year());
    }

    @Test
    void reviewDateIsNoPublicationYear() {
        assertNull(metadata("Heart rate and walking\\nPage last reviewed: 4 May 2025").year());
    }

    @Test
    void retractionNoticeIsFlaggedWithAWarning() {
        Document doc = Pipelines.process("r.txt", "This article has been retracted at the request of the authors.\n\n"
                + "Heart rate responses to walking in adults with ME/CFS" + BODY);
        assertTrue(doc.get(MetadataStage.METADATA).retracted());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("retraction notice")), doc.warnings().toString());
    }
}
