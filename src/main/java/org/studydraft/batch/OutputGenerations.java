package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.studydraft.write.Json;
import org.studydraft.write.OutputWriter;

/**
 * Publishes a run's output files as one unit. Each complete set is written by {@link OutputWriter} into its own
 * generation folder, {@code .studydraft/gen/<fingerprint>/}; the names in the output folder ({@code entries.jsonl},
 * {@code drafts/}, ...) are symbolic links through {@code .studydraft/current}, and that one link is switched to
 * the new generation with a single atomic rename. A run killed at any moment therefore leaves the previous
 * complete, mutually consistent set readable; a half-written generation is never linked and the next run
 * removes it. Generations are named by a fingerprint of what they show, so an unchanged result is recognised
 * and only its {@code run.json} is replaced.
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

    /** A fingerprint of everything the output files show except the run report and the generation date. */
    static String fingerprint(List<JsonNode> entries, List<JsonNode> rejected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream os = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                for (List<JsonNode> rows : List.of(entries, rejected)) {
                    for (JsonNode row : rows) {
                        Json.MAPPER.writeValue(os, row);
                        os.write('\n');
                    }
                    os.write(0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the published generation already shows exactly this fingerprint's content. */
    boolean isCurrent(String fingerprint) throws IOException {
        if (!Files.isSymbolicLink(current) || !Files.readSymbolicLink(current).equals(Path.of("gen", fingerprint))) {
            return false;
        }
        Path dir = generations.resolve(fingerprint);
        return PUBLISHED.stream().allMatch(name -> Files.exists(dir.resolve(name)));
    }

    /** Writes (or, when unchanged, refreshes the report of) the generation {@code fingerprint} and publishes it. */
    void publish(String fingerprint, List<JsonNode> entries, List<JsonNode> rejected, JsonNode runReport, String generatedDate)
            throws IOException {
        Path dir = generations.resolve(fingerprint);
        if (isCurrent(fingerprint)) {
            new OutputWriter(dir, generatedDate).writeAll(entries, rejected, runReport, false);
        } else {
            deleteTree(dir); // left half-written by a killed run
            new OutputWriter(dir, generatedDate).writeAll(entries, rejected, runReport, true);
            replaceWithLink(current, Path.of("gen", fingerprint));
        }
        for (String name : PUBLISHED) {
            Path link = out.resolve(name);
            Path target = Path.of(".studydraft", "current", name);
            if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
                replaceWithLink(link, target);
            }
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(generations)) {
            for (Path g : all) {
                if (!g.getFileName().toString().equals(fingerprint)) {
                    deleteTree(g);
                }
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
