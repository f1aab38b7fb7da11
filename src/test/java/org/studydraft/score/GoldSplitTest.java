package org.studydraft.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSplitTest {
    private static GoldLabel label(String id, String kind, String design) {
        return new GoldLabel(id, "gold/docs/" + id + ".txt", null, kind, true, null, null, null, null, null, design, null,
                true, null, null, "unclear", null, null, null, null, null, null, null, "");
    }

    private static List<GoldLabel> labels(int n) {
        List<GoldLabel> out = new ArrayList<>();
        String[] kinds = {"abstract", "news", "forum"};
        String[] designs = {"rct", "case_control", "none", "cohort"};
        for (int i = 0; i < n; i++) {
            out.add(label(String.format("doc-%03d", i), kinds[i % kinds.length], designs[(i / 3) % designs.length]));
        }
        return out;
    }

    @Test
    void everyThirdInKindDesignIdOrderGoesToTest() {
        List<GoldLabel> labels = List.of(label("c", "abstract", "rct"), label("a", "news", "none"), label("b", "abstract", "rct"),
                label("d", "abstract", "case_control"), label("e", "abstract", "rct"), label("f", "news", "none"));
        GoldSplit split = GoldSplit.fresh(labels);
        // order: d (abstract/case_control), b, c, e (abstract/rct), a, f (news/none)
        assertEquals("test", split.splitOf("c"));
        assertEquals("test", split.splitOf("f"));
        assertEquals(4, split.count("dev"));
        List<GoldLabel> reversed = new ArrayList<>(labels);
        java.util.Collections.reverse(reversed);
        assertEquals(split, GoldSplit.fresh(reversed), "deterministic whatever the input order");
    }

    @Test
    void aboutATwoThirdsSplitStratifiedByKind() {
        GoldSplit split = GoldSplit.fresh(labels(120));
        assertEquals(40, split.count("test"));
        for (String kind : List.of("abstract", "news", "forum")) {
            long test = labels(120).stream().filter(l -> l.kind().equals(kind) && split.splitOf(l.id()).equals("test")).count();
            assertTrue(test >= 12 && test <= 14, kind + ": " + test);
        }
    }

    @Test
    void addingLabelsNeverMovesExistingOnes() {
        List<GoldLabel> before = labels(90);
        GoldSplit first = GoldSplit.fresh(before);
        List<GoldLabel> after = new ArrayList<>(labels(120));
        GoldSplit extended = GoldSplit.extend(first, after);
        before.forEach(l -> assertEquals(first.splitOf(l.id()), extended.splitOf(l.id()), l.id()));
        long newTest = after.subList(90, 120).stream().filter(l -> extended.splitOf(l.id()).equals("test")).count();
        assertTrue(newTest >= 5 && newTest <= 12, "new labels also reach test: " + newTest);
        assertEquals(extended, GoldSplit.extend(first, after), "deterministic");
        assertEquals(first, GoldSplit.extend(first, before), "nothing new, nothing changes");
    }

    @Test
    void writesAndReadsTheTsv(@TempDir Path tmp) throws IOException {
        GoldSplit split = GoldSplit.fresh(labels(10));
        Path file = tmp.resolve("split.tsv");
        split.write(file);
        assertTrue(java.nio.file.Files.readString(file).startsWith("id\tsplit\ndoc-000\t"));
        assertEquals(split.byId(), GoldSplit.read(file).byId());
    }
}
