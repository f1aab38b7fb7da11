package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.studydraft.write.AtomicFiles;
import org.studydraft.write.OutputWriter;

/**
 * Publishes a run's output files as one unit. Each complete set is written by {@link OutputWriter} into its own
 * generation folder, {@code .studydraft/gen/<fingerprint>/}; the names in the output folder ({@code entries.jsonl},
 * {@code drafts/}, ...) are symbolic links through {@code .studydraft/current}, and that one link is switched to
 * the new generation with a single atomic rename. A run killed at any moment therefore leaves the previous
 * complete, mutually consistent set readable; a half-written generation is never linked and the next run
 * removes it. A generation is named by a key of the results it shows (see {@link BatchRunner}), so a run whose
 * results are all unchanged recognises the published generation and replaces only its {@code run.json}.
 */
final class OutputGenerations {
    /** The contract's files, as the output folder shows them. */
    static final List<String> PUBLISHED = List.of("entries.jsonl", "entries.csv", "drafts", "review.html", "rejected.jsonl", "run.json");

    private final Path out;
    private final Path meta;
    private final Path generations;
    private final Path current;

    OutputGenerations(Path out) {
        this.out = out;
        this.meta = out.resolve(".studydraft");
        this.generations = meta.resolve("gen");
        this.current = meta.resolve("current");
    }

    /** True when the published generation is {@code key}'s and complete. */
    boolean isCurrent(String key) throws IOException {
        if (!Files.isSymbolicLink(current) || !Files.readSymbolicLink(current).equals(Path.of("gen", key))) {
            return false;
        }
        Path dir = generations.resolve(key);
        return PUBLISHED.stream().allMatch(name -> Files.exists(dir.resolve(name)));
    }

    /** What the published generation holds, from its run report; null when there is none or it cannot be read. */
    OutputStats currentStats() {
        return RunSummary.outputStatsOf(current.resolve("run.json"));
    }

    /** Replaces only the run report of the current generation {@code key}: the rest of the output stands. */
    void refreshReport(String key, String runReport) throws IOException {
        AtomicFiles.writeString(generations.resolve(key).resolve("run.json"), runReport);
        linkPublishedNames();
    }

    /**
     * Writes generation {@code key} in full and switches the output folder to it in one rename; older generations
     * are removed afterwards.
     */
    void publish(String key, List<JsonNode> entries, List<JsonNode> rejected, JsonNode runReport, String generatedDate)
            throws IOException {
        Path dir = generations.resolve(key);
        deleteTree(dir); // left half-written by a killed run, or a complete one that is not current any more
        new OutputWriter(dir, generatedDate).writeAll(entries, rejected, runReport, true);
        replaceWithLink(current, Path.of("gen", key));
        linkPublishedNames();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(generations)) {
            for (Path g : all) {
                if (!g.getFileName().toString().equals(key)) {
                    deleteTree(g);
                }
            }
        }
    }

    private void linkPublishedNames() throws IOException {
        for (String name : PUBLISHED) {
            Path link = out.resolve(name);
            Path target = Path.of(".studydraft", "current", name);
            if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
                replaceWithLink(link, target);
            }
        }
    }

    /** Points {@code link} at {@code target} in one rename, replacing a file or link there (a folder is moved aside first). */
    private void replaceWithLink(Path link, Path target) throws IOException {
        Path tmp = meta.resolve(link.getFileName() + ".link.tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target);
        Path aside = null;
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) { // drafts/ of an output folder written before generations
            aside = meta.resolve("replaced-" + link.getFileName());
            deleteTree(aside);
            Files.move(link, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE);
        if (aside != null) {
            deleteTree(aside);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException gone) {
                    // removed meanwhile
                }
            }
        }
    }
}
