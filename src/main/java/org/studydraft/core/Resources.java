package org.studydraft.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading curated resource files: UTF-8, '#' comment lines and blank lines skipped, tab-separated columns. */
public final class Resources {
    private Resources() {
    }

    /** Rows of a TSV resource with its header line removed; each row padded to at least {@code minColumns}. */
    public static List<String[]> readTsv(Path file, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : readLines(file)) {
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < minColumns) {
                String[] padded = new String[minColumns];
                for (int i = 0; i < minColumns; i++) {
                    padded[i] = i < cols.length ? cols[i] : "";
                }
                cols = padded;
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].trim();
            }
            rows.add(cols);
        }
        return rows;
    }

    /** Non-blank, non-comment lines of a resource file. */
    public static List<String> readLines(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new PipelineException("cannot read resource " + file + ": " + e.getMessage(), e);
        }
    }
}
