package org.studydraft.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The literal prefilter of cue sets: what it derives, and that it never rules out a cue that matches. */
class CueSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "NONE", value = {
        "\\b(showed|shows|revealed)\\b => revealed,showed,shows",
        "\\bsignificant(ly)?\\b => significant,significantly",
        "\\bp\\s*[<=>≤] => p",
        "\\brandomi[sz]ed[- ]controlled\\b => randomised controlled,randomised-controlled,randomized controlled,randomized-controlled",
        "(?m)^Quick Summary$ => quick summary",
        "\\b(I|my)\\b[^.]{0,80}\\b(think|believe)\\b => believe,think",
        "\\bcontrols?\\b => control,controls",
        "(?<!not )\\bimproved\\b => improved",
        "\\bmay (also )?help\\b => may also help,may help",
        "^(?:\\S+\\s+){4,29}\\S+$ => NONE",
        "\\bat\\b|\\bwe\\b.* => at,we",
        "(?x) a b c => NONE",
        "(a)\\1 => NONE",
        "\\s[»›]\\s => »,›",
        "caf\u00e9 => caf",
        "x* => NONE"
    })
    void derivesLiteralsEveryMatchContains(String regex, String expected) {
        Set<String> literals = CueLiterals.of(regex);
        if (expected == null) {
            assertNull(literals, regex);
        } else {
            assertEquals(Set.of(expected.split(",")), literals, regex);
        }
    }

    @Test
    void matchesCaseInsensitivelyLikeThePattern() {
        CueSet set = CueSet.of(List.of(cue("finding", "\\b(showed|found)\\b"), cue("unit", "\\b\\d+\\s?kg\\b")));
        assertNotNull(set.on("The trial FOUND no difference.").first("sentence"));
        // The Kelvin sign folds to "k" under Unicode case-insensitive matching; the prefilter must agree.
        assertTrue(set.anyMatch("sentence", "weighed 70 \u212Ag"));
        assertNull(set.on("Nothing of the sort was seen.").first("sentence"));
    }

    /**
     * Every curated cue, on every line and every whole text of the bundled documents: where the pattern matches,
     * the prefilter lets it through.
     */
    @Test
    void neverRulesOutACuratedCueThatMatches() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Path.of("gold/docs"))) {
            for (Path doc : docs.sorted().toList()) {
                String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
                texts.add(text);
                texts.addAll(List.of(text.split("\n")));
                texts.add(text.toUpperCase(java.util.Locale.ROOT));
            }
        }
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("annotators/cues"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("sample.tsv")
                    && !f.getFileName().toString().equals("sections.tsv")).sorted().toList()) {
                CueSet set = CueSet.load(file);
                for (String text : texts) {
                    CueSet.Text filtered = set.on(text);
                    for (Cue cue : set.cues()) {
                        boolean matches = cue.pattern().matcher(text).find();
                        assertEquals(matches, filtered.find(cue) != null, () -> file + " " + cue.pattern() + " on: "
                                + text.substring(0, Math.min(200, text.length())));
                        checked += matches ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "the check saw " + checked + " matches");
    }

    private static Cue cue(String label, String regex) {
        return new Cue(label, 1, "sentence", Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "");
    }
}
