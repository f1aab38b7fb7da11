package org.studydraft.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.studydraft.clean.Decoder;
import org.studydraft.clean.HtmlToText;
import org.studydraft.core.DocumentRejected;

/**
 * A gold label's raw document, read byte for byte: the bytes the pipeline gets, the decoded text that verbatim
 * sentences must occur in, and its lines as {@code boilerplate_lines} numbers them (1-based, {@code \n} ends a line,
 * a final newline does not start another one).
 */
public record RawDocument(Path path, byte[] bytes, String text, boolean html) {

    public static RawDocument read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = Decoder.decode(bytes).text();
        } catch (DocumentRejected binary) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return new RawDocument(path, bytes, text, HtmlToText.looksLikeHtml(path.getFileName().toString(), text));
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        out.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        return out;
    }

    public int lineCount() {
        return lines().size();
    }

    /**
     * The text a perfect cleaner would keep: every line not listed as boilerplate, joined by newlines. For HTML the
     * visible text of those lines (tags, scripts, styles and comments removed, entities decoded).
     */
    public String contentText(Collection<Integer> boilerplateLines) {
        Set<Integer> chrome = new HashSet<>(boilerplateLines);
        List<String> lines = html ? HtmlLines.visibleText(text, lineCount()) : lines();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!chrome.contains(i + 1)) {
                sb.append(lines.get(i)).append('\n');
            }
        }
        return sb.toString();
    }
}
