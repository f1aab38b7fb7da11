package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studydraft.write.Json;

class StudyLinkerTest {
    private static final String TITLE = "Rituximab for Patients With Myalgic Encephalomyelitis/Chronic Fatigue Syndrome: A Randomized Trial";

    @Test
    void samePmidOrDoiOrTitleMakesOneStudy() {
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("abstract", "abstract", TITLE, "31042512", null, "", null),
                entry("fulltext", "fulltext", "Full text of the paper", null, "10.7326/M18-1451", "", null),
                entry("pmc", "abstract", "Rituximab in ME/CFS (PMC copy)", "31042512", "10.7326/m18-1451", "", null),
                entry("mirror", "abstract", "rituximab for patients with myalgic encephalomyelitis chronic fatigue syndrome a randomized trial",
                        null, null, "", null),
                entry("other", "abstract", "Cyclophosphamide in ME/CFS: an open-label phase II study", "32582123", null, "", null)));
        String study = links.get("abstract").studyId();
        for (String id : List.of("fulltext", "pmc", "mirror")) {
            assertEquals(study, links.get(id).studyId(), id);
        }
        assertEquals(List.of("fulltext", "mirror", "pmc"), links.get("abstract").related());
        assertNotEquals(study, links.get("other").studyId());
        assertEquals(List.of(), links.get("other").related());
        assertTrue(study.matches("study-[0-9a-f]{10}"), study);
    }

    @Test
    void aNewsStoryNamingThePapersTitleJoinsIt() {
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("paper", "abstract", TITLE, "31042512", null, "", null),
                entry("news", "news", "Cancer drug fails in chronic fatigue trial", null, null,
                        "A Norwegian team tested rituximab in 151 patients.\n\nThe trial, published as \"" + TITLE
                                + "\", found no benefit.", null)));
        assertEquals(links.get("paper").studyId(), links.get("news").studyId());
        assertEquals(List.of("news"), links.get("paper").related());
    }

    @Test
    void aForumPostCitingFirstAuthorAndYearJoinsTheOnePaperThatMatches() {
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("paper", "abstract", TITLE, null, null, "", authored("Fluge Ø", 2019)),
                entry("other-paper", "abstract", "B cell depletion and neuroimmune markers: a second look at old data", null, null, "",
                        authored("Øystein Smith", 2019)),
                entry("forum", "forum", "Thread: the phase III results", null, null,
                        "Has anyone read Fluge et al. (2019)? The phase III trial was negative.", null)));
        assertEquals(links.get("paper").studyId(), links.get("forum").studyId());
        assertNotEquals(links.get("paper").studyId(), links.get("other-paper").studyId());
    }

    @Test
    void aTitleInTheFirstLinesOfAPageIsItsOwnHeadingOrSiteBannerNotACitation() {
        String tagline = "From MEpedia, a crowd-sourced encyclopedia of ME and CFS science and history";
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("primer", "abstract", tagline, null, null, "", null),
                entry("nice", "other", "NICE guidelines", null, null, tagline + "\n\nThe NICE guidelines are the UK's guidelines.", null)));
        assertEquals(List.of(), links.get("nice").related());
        assertEquals("", StudyLinker.body("one\n\ntwo\n"));
        assertEquals("three", StudyLinker.body("one\n\ntwo\nthree"));
    }

    @Test
    void aTextNamingSeveralStudiesJoinsNone() {
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("a", "abstract", TITLE, "31042512", null, "", null),
                entry("b", "abstract", "Intravenous Cyclophosphamide in Myalgic Encephalomyelitis: An Open-Label Phase II Study",
                        "32582123", null, "", null),
                entry("blog", "blog", "A year of trials", null, null, "Lead paragraph.\nFirst " + TITLE + ", then Intravenous "
                        + "Cyclophosphamide in Myalgic Encephalomyelitis: An Open-Label Phase II Study.", null)));
        assertEquals(List.of(), links.get("blog").related());
    }

    @Test
    void differentPmidsAreNeverMergedByATitle() {
        Map<String, StudyLinker.Link> links = StudyLinker.link(List.of(
                entry("a", "abstract", TITLE, "31042512", null, "", null),
                entry("b", "abstract", TITLE, "99999999", null, "", null)));
        assertNotEquals(links.get("a").studyId(), links.get("b").studyId());
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfEntries() {
        List<JsonNode> entries = new ArrayList<>(List.of(
                entry("paper", "abstract", TITLE, "31042512", null, "", null),
                entry("news", "news", "Drug fails", null, null, "Lead paragraph.\nPublished as " + TITLE, null),
                entry("copy", "fulltext", "x", "31042512", null, "", null),
                entry("alone", "blog", "Pacing tips for a bad week", null, null, "", null)));
        Map<String, StudyLinker.Link> first = StudyLinker.link(entries);
        Collections.reverse(entries);
        assertEquals(first, StudyLinker.link(entries));
    }

    @Test
    void surnamesAreFoundInTheUsualAuthorFormats() {
        assertEquals("rowe", StudyLinker.surname("Rowe, K S"));
        assertEquals("fluge", StudyLinker.surname("Fluge Ø"));
        assertEquals("fluge", StudyLinker.surname("Øystein Fluge"));
        assertEquals("nunez", StudyLinker.surname("Núñez"));
    }

    private static ObjectNode authored(String author, int year) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.putArray("authors").add(author);
        o.put("year", year);
        return o;
    }

    private static JsonNode entry(String id, String kind, String title, String pmid, String doi, String text, ObjectNode extra) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("id", id);
        e.putObject("source").put("kind", kind);
        e.put("title", title);
        e.put("pmid", pmid);
        e.put("doi", doi);
        e.putObject("text").put("clean", title + "\n" + text);
        if (extra != null) {
            e.setAll(extra);
        }
        return e;
    }
}
