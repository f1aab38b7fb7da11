package org.studydraft.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.studydraft.core.Resources;
import org.studydraft.core.Span;

/**
 * Blocks of page metadata and teasers that name terms without the text reporting them: a PubMed "MeSH terms" or
 * "Substances" list ("• Mast Cells"), "Recommended articles" titles. A block starts at a heading line listed in
 * {@code annotators/lexicons/metadata-headings.txt} and runs over the bullets, blank lines and short lines under it,
 * up to the next long paragraph.
 */
final class MetadataBlocks {
    /** Lines at least this long are running text, which ends a block. */
    private static final int LONG_LINE = 160;

    private final Set<String> headings;

    private MetadataBlocks(Set<String> headings) {
        this.headings = Set.copyOf(headings);
    }

    static MetadataBlocks load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new MetadataBlocks(Set.of());
        }
        return new MetadataBlocks(Resources.readLines(file).stream().map(MetadataBlocks::key).collect(Collectors.toSet()));
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT);
    }

    /** The spans of {@code text} that are metadata blocks, in text order. */
    List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        if (headings.isEmpty()) {
            return out;
        }
        int start = -1;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (headings.contains(key(line))) {
                start = start < 0 ? pos : start;
            } else if (start >= 0 && line.strip().length() >= LONG_LINE) {
                out.add(new Span(start, pos));
                start = -1;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (start >= 0) {
            out.add(new Span(start, text.length()));
        }
        return out;
    }
}
