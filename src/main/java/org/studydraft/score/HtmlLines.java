package org.studydraft.score;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of each source line of an HTML page. Gold {@code boilerplate_lines} number the raw file's lines,
 * so the gold content of an HTML document is the visible text of its non-boilerplate lines. jsoup's position
 * tracking tells on which line each text node starts; scripts and styles are data nodes and comments are comment
 * nodes, so neither is counted as text.
 */
final class HtmlLines {
    private HtmlLines() {
    }

    static List<String> visibleText(String html, int lineCount) {
        List<StringBuilder> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            lines.add(new StringBuilder());
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank() && t.sourceRange().isTracked()) {
                    int line = t.sourceRange().start().lineNumber() - 1;
                    for (String piece : t.getWholeText().split("\n", -1)) {
                        if (line >= 0 && line < lineCount && !piece.isBlank()) {
                            StringBuilder sb = lines.get(line);
                            if (sb.length() > 0) {
                                // Adjacent text nodes are separated by markup; a space keeps their words apart.
                                sb.append(' ');
                            }
                            sb.append(piece.strip());
                        }
                        line++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, page);
        return lines.stream().map(StringBuilder::toString).toList();
    }
}
