package org.studydraft.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.batch.ProjectHome;
import org.studydraft.write.Json;

class SyntheticCorpusTest {
    static final Path HOME = ProjectHome.locate();
    static SyntheticCorpus corpus;

    @BeforeAll
    static void readSamples() throws IOException {
        corpus = SyntheticCorpus.fromSamples(HOME, HOME.resolve("gold/docs"), 8);
    }

    @Test
    void readsEverySampleWithSentencesToRecombineThroughCleanAndSegment() {
        // all but a sample or two that clean to fewer than three sentences (a page that is all site chrome)
        assertTrue(corpus.samples() >= 30 && corpus.samples() <= 32, corpus.samples() + " samples");
    }

    @Test
    void sameSeedAndNumberGiveTheSameDocumentOthersDiffer() throws IOException {
        SyntheticCorpus again = SyntheticCorpus.fromSamples(HOME, HOME.resolve("gold/docs"), 8);
        assertEquals(corpus.document(17), again.document(17));
        assertNotEquals(corpus.document(17).text(), corpus.document(18).text());
        assertNotEquals(corpus.document(17).text(),
                SyntheticCorpus.fromSamples(HOME, HOME.resolve("gold/docs"), 9).document(17).text());
        assertEquals("syn-0000017", corpus.document(17).id());
    }

    @Test
    void documentsAreNewTextMadeOnlyOfTheSamplesWords() {
        Set<String> vocabulary = new HashSet<>();
        Set<String> skeletons = new HashSet<>();
        for (SyntheticCorpus.Skeleton s : corpus.skeletons()) {
            skeletons.add(s.text());
            vocabulary.addAll(words(s.text()));
        }
        for (int n = 0; n < 200; n++) {
            String text = corpus.document(n).text();
            assertFalse(skeletons.contains(text), "document " + n + " repeats a sample");
            Set<String> foreign = new HashSet<>(words(text));
            foreign.removeAll(vocabulary);
            assertEquals(Set.of(), foreign, "document " + n + " has words of no sample");
        }
    }

    @Test
    void numbersGetNewDigitsOfTheSameShape() {
        Random rng = new Random(1);
        for (int i = 0; i < 50; i++) {
            String s = SyntheticCorpus.renumber("In 2019, n = 56 vs 52 (p = 0.003; OR 1.75, 95% CI 1.02-3.1).", rng);
            assertTrue(Pattern.matches("In (199[5-9]|20[0-2]\\d), n = [1-9]\\d vs [1-9]\\d \\(p = 0\\.\\d{3}; OR \\d\\.\\d{2}, "
                    + "[1-9]\\d% CI \\d\\.\\d{2}-\\d\\.\\d\\)\\.", s), s);
        }
    }

    @Test
    void writesJsonLinesWithIdTextAndUrl(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("syn.jsonl");
        corpus.write(file, 5);
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals("syn-0000000", first.path("id").asText());
        assertEquals(corpus.document(0).text(), first.path("text").asText());
        assertTrue(first.path("url").asText().startsWith("https://example.org/"));
        corpus.write(dir.resolve("folder"), 3);
        assertEquals(corpus.document(2).text(), Files.readString(dir.resolve("folder/syn-0000002.txt")));
    }

    private static List<String> words(String text) {
        return List.of(text.replaceAll("\\d", "").split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
    }
}
