package org.studydraft.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test for hostile input: a folder of everything a scraper can produce next to three good documents,
 * run by the real command in a child JVM with a 512 MB heap. The run finishes with exit 0, the good documents' entries
 * are exactly what they are without the hostile neighbours, and every input is accounted for exactly once, as an
 * entry or as a rejection with a reason.
 */
class HostileInputTest {
    private static final String BODY = "Patients with chronic fatigue syndrome were compared with healthy controls. "
            + "Natural killer cell activity was lower in patients (p < 0.01).\n";
    private static final int MAX_BYTES = 1 << 20;

    @TempDir
    static Path tmp;
    static Path in;
    static int exit;
    static Map<String, JsonNode> entriesByPath = new TreeMap<>();
    static Map<String, JsonNode> rejectedByPath = new TreeMap<>();
    static List<String> accounted = new ArrayList<>();
    static Map<String, JsonNode> goodAlone = new HashMap<>();

    @BeforeAll
    static void runOverTheHostileFolder() throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        List<Path> good = Fixtures.goldDocs().subList(0, 3);
        Path goodOnly = tmp.resolve("good-only");
        Files.createDirectories(goodOnly);
        for (Path g : good) {
            Files.copy(g, in.resolve(g.getFileName()));
            Files.copy(g, goodOnly.resolve(g.getFileName()));
        }
        writeHostileFiles(in);

        Path out = tmp.resolve("out");
        Process p = Fixtures.startCli(List.of("-Xmx512m"), tmp.resolve("hostile.log"), "run", "--in", in.toString(),
                "--out", out.toString(), "--max-bytes", Integer.toString(MAX_BYTES), "--quiet");
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the run must finish");
        exit = p.exitValue();
        for (JsonNode e : Fixtures.readJsonl(out.resolve("entries.jsonl"))) {
            accounted.add(e.path("source").path("path").asText());
            entriesByPath.put(e.path("source").path("path").asText(), e);
        }
        for (JsonNode r : Fixtures.readJsonl(out.resolve("rejected.jsonl"))) {
            accounted.add(r.path("path").asText());
            rejectedByPath.put(r.path("path").asText(), r);
        }
        Path goodOut = tmp.resolve("good-out");
        Process q = Fixtures.startCli(List.of(), tmp.resolve("good.log"), "run", "--in", goodOnly.toString(),
                "--out", goodOut.toString(), "--quiet");
        assertTrue(q.waitFor(5, TimeUnit.MINUTES));
        for (JsonNode e : Fixtures.readJsonl(goodOut.resolve("entries.jsonl"))) {
            goodAlone.put(e.path("source").path("path").asText(), e);
        }
    }

    @Test
    void theRunFinishesWithExitZero() throws IOException {
        assertEquals(0, exit, Files.readString(tmp.resolve("hostile.log")));
    }

    @Test
    void everyInputIsAnEntryOrARejectionExactlyOnce() throws IOException {
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(in)) {
            walk.filter(p -> !p.equals(in)).forEach(p -> inputs.add(in.relativize(p).toString()));
        }
        List<String> expected = new ArrayList<>(inputs);
        expected.removeIf(p -> p.startsWith(".git/")); // inside a hidden folder, which is listed but not entered
        expected.removeIf(p -> Files.isDirectory(in.resolve(p), LinkOption.NOFOLLOW_LINKS) && !p.endsWith(".txt") && !p.startsWith("."));
        expected.sort(null);
        List<String> seen = new ArrayList<>(accounted);
        seen.sort(null);
        assertEquals(expected, seen);
        for (JsonNode r : rejectedByPath.values()) {
            assertFalse(r.path("reason").asText().isBlank(), r.toString());
        }
    }

    @Test
    void theGoodDocumentsGetTheEntriesTheyGetAlone() {
        assertEquals(3, goodAlone.size());
        for (Map.Entry<String, JsonNode> alone : goodAlone.entrySet()) {
            JsonNode beside = entriesByPath.get(alone.getKey());
            assertTrue(beside != null, alone.getKey() + " missing");
            assertEquals(withoutBatchFields(alone.getValue()), withoutBatchFields(beside), alone.getKey());
        }
    }

    @Test
    void unreadableContentIsRejectedWithItsReason() {
        assertReason("empty.txt", "empty file");
        assertReason("blank.txt", "whitespace only");
        assertReason("picture.txt", "binary content");
        assertReason("nul-bytes.txt", "binary content");
        assertReason("dangling.txt", "dangling or looping symbolic link");
        assertReason("loop-a.txt", "dangling or looping symbolic link");
        assertReason("folder.txt", "a directory named like a document");
        assertReason("notes.pdf", "unsupported file type (expected htm, html, md, txt)");
        assertReason(".hidden-notes.txt", "hidden file");
        assertReason(".git", "hidden folder");
    }

    @Test
    void oddlyEncodedTextIsDecodedAndSaysHow() {
        assertTrue(entry("utf16le.txt").path("text").path("clean").asText().contains("Natural killer cell activity"));
        assertTrue(warnings("utf16le.txt").contains("decoded as UTF-16LE"));
        assertTrue(entry("utf16be.txt").path("text").path("clean").asText().contains("Natural killer cell activity"));
        assertTrue(warnings("utf16be.txt").contains("decoded as UTF-16BE"));
        assertTrue(entry("latin1.txt").path("text").path("clean").asText().contains("Café à Paris, naïve “quotes”"));
        assertTrue(warnings("latin1.txt").contains("decoded as windows-1252"));
        String mixed = entry("newlines.txt").path("text").path("clean").asText();
        assertFalse(mixed.contains("\r"));
        assertTrue(mixed.contains("Line three uses a bare carriage return.\nLine four"));
    }

    @Test
    void hugeInputIsTruncatedWithAWarningAndLongLinesAreCut() {
        JsonNode huge = entry("huge.txt");
        assertTrue(String.join(" ", warnings("huge.txt")).startsWith("input truncated: read the first"), warnings("huge.txt").toString());
        assertTrue(huge.path("text").path("clean").asText().length() <= MAX_BYTES);
        // A megabyte without full stops becomes sentence pieces; should a stage still break on it, the rejection names it.
        JsonNode line = entriesByPath.get("one-long-line.txt");
        if (line != null) {
            assertTrue(line.path("text").path("sentences").size() > 100, "a megabyte without full stops is cut into pieces");
        } else {
            assertReason("one-long-line.txt", "stage '");
        }
    }

    @Test
    void htmlIsCleanedWhateverItsShape() {
        assertTrue(entry("nested.html").path("text").path("clean").asText().contains("lower NK cell activity"));
        assertTrue(entry("malformed.html").path("text").path("clean").asText().contains("40 healthy controls"));
        String script = entry("script.html").path("text").path("clean").asText();
        assertTrue(script.contains("post-exertional malaise"));
        assertFalse(script.contains("not text") || script.contains("color:red") || script.contains("hidden"));
    }

    @Test
    void nonEnglishTextIsFlaggedWithItsLanguage() {
        JsonNode german = entry("german.txt");
        assertEquals("deu", german.path("language").asText());
        assertTrue(String.join(" ", warnings("german.txt")).contains("non-English text"));
        assertEquals("eng", entry(good(0)).path("language").asText());
    }

    @Test
    void emojiAndBidiControlsDoNotBreakAnything() {
        String clean = entry("emoji.txt").path("text").path("clean").asText();
        assertTrue(clean.contains("😀") && clean.contains("🧠"));
        assertFalse(clean.contains("\u202e") || clean.contains("\u200f"));
    }

    @Test
    void awkwardNamesGetDistinctIds() {
        String a = entry("same-stem.txt").path("id").asText();
        String b = entry("same-stem.html").path("id").asText();
        assertNotEquals(a, b);
        assertEquals("with space", entry("with space.txt").path("id").asText());
        assertEquals("ünïcødé-名前", entry("ünïcødé-名前.txt").path("id").asText());
        assertTrue(entriesByPath.containsKey("folder.txt/inside.txt"), "a folder named like a document is still read");
    }

    private static String good(int i) {
        return new ArrayList<>(goodAlone.keySet()).get(i);
    }

    private static JsonNode entry(String path) {
        JsonNode e = entriesByPath.get(path);
        assertTrue(e != null, path + " has no entry; rejected: " + rejectedByPath.get(path));
        return e;
    }

    private static List<String> warnings(String path) {
        List<String> w = new ArrayList<>();
        entry(path).path("warnings").forEach(n -> w.add(n.asText()));
        return w;
    }

    private static void assertReason(String path, String reason) {
        JsonNode r = rejectedByPath.get(path);
        assertTrue(r != null, path + " is not rejected; entry: " + entriesByPath.containsKey(path));
        assertTrue(r.path("reason").asText().startsWith(reason), r.toString());
    }

    /** An entry without what depends on its neighbours (the study group) or on where it was read from. */
    private static JsonNode withoutBatchFields(JsonNode e) {
        ObjectNode copy = e.deepCopy();
        copy.remove(List.of("study_id", "related"));
        return copy;
    }

    private static void writeHostileFiles(Path dir) throws IOException {
        Files.createFile(dir.resolve("empty.txt"));
        Files.writeString(dir.resolve("blank.txt"), "   \n\t\n  \r\n");
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        Files.write(dir.resolve("picture.txt"), png);
        Files.write(dir.resolve("nul-bytes.txt"), ("Fatigue was measured.\0\0 In 30 patients.\n").repeat(5).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("utf16le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, BODY.repeat(5), StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("utf16be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, BODY.repeat(5), StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("latin1.txt"), ("Café à Paris, naïve “quotes” – an old page.\n" + BODY.repeat(3)).getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("newlines.txt"), ("Line one uses CRLF about fatigue in ME/CFS.\r\nLine two uses LF.\n"
                + "Line three uses a bare carriage return.\rLine four ends the file.\r\n").repeat(3).getBytes(StandardCharsets.UTF_8));
        try (Writer w = Files.newBufferedWriter(dir.resolve("huge.txt"), StandardCharsets.UTF_8)) {
            String paragraph = "In this cohort study, 120 patients with ME/CFS were followed for two years and fatigue was measured monthly. ".repeat(80);
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length() + 1) {
                w.write(paragraph);
                w.write('\n');
            }
        }
        Files.writeString(dir.resolve("one-long-line.txt"), "fatigue patients cohort measured and compared ".repeat(22_000).substring(0, 1_000_000));
        Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(50_000)
                + "Patients with ME/CFS had lower NK cell activity than controls in this case-control study." + "</div>".repeat(50_000) + "</body></html>");
        Files.writeString(dir.resolve("malformed.html"), "<html><body><p>Patients with <b>ME/CFS <i>were</b> studied</p><div <p>unclosed &amp "
                + "&nbsp; <<>> <table><tr><td>cell</div></p><p>Fatigue was measured in 40 patients and 40 healthy controls over six months.");
        Files.writeString(dir.resolve("script.html"), "<html><head><style>body{color:red}</style><script>var x = '<p>not text</p>';</script></head>"
                + "<body><p>Patients with chronic fatigue syndrome reported severe fatigue and post-exertional malaise in this survey of 500 people.</p>"
                + "<script>document.write('hidden')</script></body></html>");
        Files.writeString(dir.resolve("german.txt"), ("Das chronische Erschöpfungssyndrom ist eine schwere Erkrankung. Die Patienten leiden unter "
                + "starker Müdigkeit und Belastungsintoleranz. In dieser Studie wurden 50 Patienten und 50 gesunde Kontrollpersonen "
                + "untersucht. Die Ergebnisse zeigen eine verminderte Aktivität der natürlichen Killerzellen. ").repeat(4));
        Files.writeString(dir.resolve("emoji.txt"), ("Patients 😀 with ME/CFS \u202ereported\u202c fatigue 🧠💪 and \u200fpain\u200e "
                + "in this study of 30 people 👩‍⚕️.\n").repeat(10));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("does-not-exist.txt"));
        Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
        Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
        Files.createSymbolicLink(dir.resolve("parent-loop"), dir);
        Files.createDirectories(dir.resolve("folder.txt"));
        Files.writeString(dir.resolve("folder.txt").resolve("inside.txt"), "A document kept in a folder named like a file.\n" + BODY);
        Files.writeString(dir.resolve("same-stem.txt"), "Same stem, text version.\n" + BODY);
        Files.writeString(dir.resolve("same-stem.html"), "<html><body><h1>Same stem, HTML version</h1><p>" + BODY + "</p></body></html>");
        Files.writeString(dir.resolve("with space.txt"), "A file name with a space.\n" + BODY);
        Files.writeString(dir.resolve("ünïcødé-名前.txt"), "A file name with non-ASCII characters.\n" + BODY);
        Files.writeString(dir.resolve("notes.pdf"), "not a supported type");
        Files.writeString(dir.resolve(".hidden-notes.txt"), BODY);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("config"), "[core]\n");
    }

    private static byte[] withBom(byte[] bom, String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }
}
