package org.studydraft.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dev/test split of the gold set ({@code gold/split.tsv}: columns {@code id}, {@code split}). Tuning looks at
 * dev only; test is scored to see whether dev gains carry over.
 *
 * <p>Assignment is stratified by kind and design and deterministic: labels are ordered by kind, design and id and
 * every third one goes to test. When labels are added later, existing assignments never move (a document that was
 * tuned on must not turn into a test document); a new label goes to test only when no test label lies within two
 * places of it in that order, which keeps test documents spread over the strata. {@link #fresh} redoes everything.
 */
public record GoldSplit(Map<String, String> byId) {
    static final Comparator<GoldLabel> ORDER = Comparator.comparing(GoldLabel::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GoldLabel::design, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GoldLabel::id);
    private static final int EVERY = 3;

    /** Raised for a split file that is not a two-column TSV. */
    public static final class SplitFormatException extends RuntimeException {
        public SplitFormatException(String message) {
            super(message);
        }
    }

    public String splitOf(String id) {
        return byId.get(id);
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** Reads a split file; a missing file reads as an empty split. Duplicate ids keep the first row (gold check reports them). */
    public static GoldSplit read(Path file) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Row row : rows(file)) {
            map.putIfAbsent(row.id(), row.split());
        }
        return new GoldSplit(map);
    }

    /** One data row of a split file with its 1-based line number. */
    public record Row(int line, String id, String split) {
    }

    /** The data rows as written, duplicates included, so the checker can report them. */
    public static List<Row> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.equals("id\tsplit"))) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new SplitFormatException(file + " line " + (i + 1) + ": expected 'id<TAB>split', got '" + line + "'");
            }
            rows.add(new Row(i + 1, cols[0].strip(), cols[1].strip()));
        }
        return rows;
    }

    /** Every third label in kind/design/id order goes to test, the rest to dev. */
    public static GoldSplit fresh(List<GoldLabel> labels) {
        List<GoldLabel> ordered = labels.stream().sorted(ORDER).toList();
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            map.put(ordered.get(i).id(), i % EVERY == EVERY - 1 ? "test" : "dev");
        }
        return new GoldSplit(map);
    }

    /**
     * Keeps the assignments of {@code existing} for labels that still exist and assigns new labels (in kind/design/id
     * order) to test only when no test label is within two places of them; with no existing split this is {@link #fresh}.
     */
    public static GoldSplit extend(GoldSplit existing, List<GoldLabel> labels) {
        List<GoldLabel> ordered = labels.stream().sorted(ORDER).toList();
        if (ordered.stream().noneMatch(l -> existing.byId().containsKey(l.id()))) {
            return fresh(labels);
        }
        String[] split = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            split[i] = existing.splitOf(ordered.get(i).id());
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (split[i] == null) {
                boolean testNearby = false;
                for (int j = Math.max(0, i - (EVERY - 1)); j <= Math.min(ordered.size() - 1, i + EVERY - 1); j++) {
                    testNearby |= "test".equals(split[j]);
                }
                split[i] = testNearby ? "dev" : "test";
            }
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            map.put(ordered.get(i).id(), split[i]);
        }
        return new GoldSplit(map);
    }

    public long count(String split) {
        return byId.values().stream().filter(split::equals).count();
    }

    /** Writes the split sorted by id, with a header line. */
    public void write(Path file) {
        StringBuilder sb = new StringBuilder("id\tsplit\n");
        new TreeMap<>(byId).forEach((id, s) -> sb.append(id).append('\t').append(s).append('\n'));
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
