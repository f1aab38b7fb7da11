package org.studydraft.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the job reads: a folder of documents like run's, or records ({@code id}, {@code text}, optional {@code url}). */
public enum InputFormat {
    FOLDER, JSONL, PARQUET;

    /** The format a path names by its extension; anything else is a folder of documents. */
    public static InputFormat guess(String path) {
        String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")) {
            return JSONL;
        }
        if (!name.contains("://") && Files.isDirectory(Path.of(path)) && hasOnlyParquet(Path.of(path))) {
            return PARQUET; // a folder Spark wrote, e.g. part-*.parquet
        }
        return FOLDER;
    }

    private static boolean hasOnlyParquet(Path dir) {
        try (var files = Files.list(dir)) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.startsWith("_")).toList();
            return !names.isEmpty() && names.stream().allMatch(n -> n.endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
