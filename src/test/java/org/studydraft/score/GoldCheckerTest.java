package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCheckerTest {
    @TempDir
    Path tmp;

    private Path gold;

    private Path fixture() throws IOException {
        gold = GoldFixture.copyTo(tmp);
        return gold;
    }

    private void edit(String id, String from, String to) throws IOException {
        Path f = gold.resolve("labels/" + id + ".json");
        String json = Files.readString(f);
        assertTrue(json.contains(from), "fixture text to replace: " + from);
        Files.writeString(f, json.replace(from, to));
    }

    private List<String> problems() {
        return GoldChecker.check(gold).problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    private void assertProblem(String fieldAndStart) {
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(fieldAndStart)), "expected '" + fieldAndStart + "' in " + problems);
    }

    @Test
    void theFixtureIsClean() throws IOException {
        fixture();
        GoldChecker.Report report = GoldChecker.check(gold);
        assertEquals(List.of(), report.problems());
        assertEquals(3, report.labels());
        assertEquals(List.of("fx-003"), report.skippedDocuments(), "the absent document outside the project is skipped");
    }

    @Test
    void unknownEnumValuesAreNamed() throws IOException {
        fixture();
        edit("fx-001", "\"design\": \"rct\"", "\"design\": \"randomised\"");
        edit("fx-001", "\"pem\": \"required\"", "\"pem\": \"yes\"");
        edit("fx-001", "\"case_definitions\": [\"CCC\"]", "\"case_definitions\": [\"Canadian\"]");
        edit("fx-001", "\"type\": \"t\"", "\"type\": \"T\"");
        edit("fx-002", "\"design_accept\": [\"cross_sectional\"]", "\"design_accept\": [\"survey\"]");
        edit("fx-002", "\"pem_accept\": [\"not_applicable\"]", "\"pem_accept\": [\"n/a\"]");
        edit("fx-002", "\"kind\": \"news\"", "\"kind\": \"press\"");
        assertProblem("design: unknown value 'randomised'");
        assertProblem("pem: unknown value 'yes'");
        assertProblem("case_definitions[0]: unknown value 'Canadian'");
        assertProblem("statistics[1].type: unknown value 'T'");
        assertProblem("design_accept[0]: unknown value 'survey'");
        assertProblem("pem_accept[0]: unknown value 'n/a'");
        assertProblem("kind: unknown value 'press'");
    }

    @Test
    void missingFieldsAndWrongTypesAreNamed() throws IOException {
        fixture();
        edit("fx-001", "\"year\": 2021,", "\"year\": \"2021\",");
        edit("fx-001", "\"primary_study\": true,", "");
        edit("fx-001", "\"human\": true,", "\"human\": \"yes\",");
        edit("fx-001", "\"total\": 60,", "\"total\": 60.5,");
        edit("fx-001", "{\"label\": \"placebo\", \"n\": 30}", "{\"label\": \"placebo\", \"n\": \"thirty\"}");
        edit("fx-001", "\"ci\": null, \"text\": \"p > 0.05\"", "\"ci\": [0.1], \"text\": \"p > 0.05\"");
        edit("fx-002", "\"boilerplate_lines\": [4,", "\"boilerplate_lines\": [0,");
        edit("fx-002", "[\"brain fog\", \"cognitive symptoms\"]", "\"brain fog\"");
        edit("fx-002", "\"notes\"", "\"note\"");
        assertProblem("year: expected an integer or null, got string \"2021\"");
        assertProblem("primary_study: required field missing");
        assertProblem("human: expected true/false or null");
        assertProblem("sample.total: expected an integer or null");
        assertProblem("sample.groups[1].n: expected a count");
        assertProblem("statistics[2].ci: expected [low, high] or null");
        assertProblem("boilerplate_lines[0]: expected a 1-based line number");
        assertProblem("entities.symptom[0]: expected a non-empty list of aliases");
        assertProblem("note: unknown field");
        assertProblem("notes: required field missing");
    }

    @Test
    void statisticsNeedTheirValueOrP() throws IOException {
        fixture();
        edit("fx-001", "\"type\": \"F\", \"value\": 6.2,", "\"type\": \"F\", \"value\": null,");
        edit("fx-001", "\"p_op\": \">\", \"p\": 0.05,", "\"p_op\": \">\", \"p\": null,");
        edit("fx-001", "\"p_op\": \"=\", \"p\": 0.28,", "\"p_op\": \"~\", \"p\": 2.8,");
        assertProblem("statistics[0].value: a statistic of type F needs its value");
        assertProblem("statistics[2].p: a statistic of type p needs its p-value");
        assertProblem("statistics[1].p: a p-value lies in [0, 1]");
        assertProblem("statistics[1].p_op: unknown value '~'");
    }

    @Test
    void sentencesAndStatisticTextsMustBeVerbatim() throws IOException {
        fixture();
        edit("fx-001", "Larger trials are needed.", "Larger trials are  needed.");
        edit("fx-001", "\"text\": \"t(58) = 1.1, p = .28\"", "\"text\": \"t(58)=1.1, p=.28\"");
        edit("fx-002", "A small study of 24 people", "A small study of 25 people");
        assertProblem("conclusions[1]: not verbatim in the document: \"Larger trials are  needed.\"");
        assertProblem("statistics[1].text: not verbatim");
        assertProblem("findings[0]: not verbatim");
        assertEquals(3, problems().size(), "the HTML findings copied from the rendered page are verbatim: " + problems());
    }

    @Test
    void boilerplateLinesStayInsideTheFileAndIdMatchesTheFileName() throws IOException {
        fixture();
        edit("fx-001", "\"boilerplate_lines\": [1, 2, 3, 13, 14]", "\"boilerplate_lines\": [1, 2, 3, 13, 14, 15]");
        edit("fx-002", "\"id\": \"fx-002\"", "\"id\": \"fx-02\"");
        assertProblem("boilerplate_lines[5]: line 15 beyond the document's 14 lines");
        assertProblem("id: 'fx-02' differs from the file name 'fx-002'");
    }

    @Test
    void ownDocumentsNeedLabelsAndLabelsNeedDocuments() throws IOException {
        fixture();
        Files.writeString(gold.resolve("docs/fx-009.txt"), "An unlabelled document.\n");
        edit("fx-001", "gold/docs/fx-001.txt", "gold/docs/fx-001-renamed.txt");
        List<GoldChecker.Problem> problems = GoldChecker.check(gold).problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("fx-009.txt") && p.message().startsWith("no label")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("fx-001.txt") && p.message().startsWith("no label")), problems.toString());
        assertProblem("doc: document not found: gold/docs/fx-001-renamed.txt");
    }

    @Test
    void theSplitListsEveryLabelExactlyOnce() throws IOException {
        fixture();
        Files.writeString(gold.resolve("split.tsv"), "id\tsplit\nfx-001\tdev\nfx-001\ttest\nfx-004\tdev\nfx-003\ttrain\n");
        assertProblem("line 3: 'fx-001' listed again (first on line 2)");
        assertProblem("line 4: 'fx-004' has no label file");
        assertProblem("line 5: split 'train' is neither dev nor test");
        assertProblem("fx-002: label not listed");
        Files.delete(gold.resolve("split.tsv"));
        assertProblem("(file): missing; run 'studydraft gold split'");
    }

    @Test
    void brokenJsonIsReportedNotThrown() throws IOException {
        fixture();
        Files.writeString(gold.resolve("labels/fx-001.json"), "{\"id\": \"fx-001\",");
        assertProblem("(json): not valid JSON");
    }
}
