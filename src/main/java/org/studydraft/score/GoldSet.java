package org.studydraft.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.studydraft.write.Json;

/**
 * The gold folder: {@code labels/<id>.json}, {@code docs/} (the project's own documents), {@code split.tsv}.
 * A label's {@code doc} is relative to the project root, which is the gold folder's parent.
 */
public record GoldSet(Path goldDir, List<GoldLabel> labels) {
    public static final String SPLIT_FILE = "split.tsv";

    /** Thrown when a label cannot be read at all; {@code studydraft gold check} says exactly what is wrong. */
    public static final class GoldException extends RuntimeException {
        public GoldException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads every label file, in file-name order. */
    public static GoldSet load(Path goldDir) {
        List<GoldLabel> labels = new ArrayList<>();
        for (Path file : labelFiles(goldDir)) {
            try {
                labels.add(Json.MAPPER.readValue(file.toFile(), GoldLabel.class));
            } catch (IOException e) {
                throw new GoldException("cannot read gold label " + file + " (run 'studydraft gold check'): " + e.getMessage(), e);
            }
        }
        return new GoldSet(goldDir, List.copyOf(labels));
    }

    public static List<Path> labelFiles(Path goldDir) {
        Path dir = goldDir.resolve("labels");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path projectRoot(Path goldDir) {
        Path abs = goldDir.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    public Path projectRoot() {
        return projectRoot(goldDir);
    }

    public Path splitFile() {
        return goldDir.resolve(SPLIT_FILE);
    }

    /** Where a label's raw document lives. */
    public Path docPath(GoldLabel label) {
        return resolveDoc(goldDir, label.doc());
    }

    static Path resolveDoc(Path goldDir, String doc) {
        return projectRoot(goldDir).resolve(doc).normalize();
    }

    /**
     * True when a missing document is expected to be missing: it lies outside the project (the read-only
     * {@code ../shared} texts a clone may not have) rather than in the project's own {@code gold/docs}.
     */
    public static boolean outsideProject(Path goldDir, String doc) {
        return !resolveDoc(goldDir, doc).startsWith(projectRoot(goldDir));
    }

    /** The labels of one split ({@code dev}, {@code test}, or {@code all}), in id order. */
    public List<GoldLabel> ofSplit(String split) {
        if (split.equals("all")) {
            return labels;
        }
        GoldSplit assignment = GoldSplit.read(splitFile());
        return labels.stream().filter(l -> split.equals(assignment.splitOf(l.id()))).toList();
    }
}
