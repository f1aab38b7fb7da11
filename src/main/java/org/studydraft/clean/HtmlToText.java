package org.studydraft.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text with jsoup: drops scripts, styles and the chrome elements named by CSS selectors in
 * {@code annotators/clean/html-chrome.txt}, keeps the main content element (the first match of the selectors in
 * {@code html-main.txt}), and renders block elements as lines so later stages see paragraphs and headings.
 */
public final class HtmlToText {
    /** The extracted text and the page's own address when it names one (canonical link or og:url). */
    public record Extracted(String text, String url, String title) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "section", "article", "header", "footer", "blockquote", "pre", "ul", "ol", "table", "dd", "dt",
            "figcaption", "main", "aside", "nav", "form", "hr", "address", "caption", "summary", "details", "title");

    private final List<String> chromeSelectors;
    private final List<String> mainSelectors;
    private final int maxChromeChars;

    public HtmlToText(List<String> chromeSelectors, List<String> mainSelectors, int maxChromeChars) {
        this.chromeSelectors = List.copyOf(chromeSelectors);
        this.mainSelectors = List.copyOf(mainSelectors);
        this.maxChromeChars = maxChromeChars;
    }

    /** True when the text is an HTML page rather than text that merely mentions a tag. */
    public static boolean looksLikeHtml(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return true;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<head")));
    }

    public Extracted extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser());
        String url = firstAttr(page, "link[rel=canonical]", "href");
        if (url == null) {
            url = firstAttr(page, "meta[property=og:url]", "content");
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        page.select("script, style, noscript, template, iframe, svg, canvas, object, embed, link, meta").remove();
        for (String selector : chromeSelectors) {
            org.jsoup.select.Elements found;
            try {
                found = page.select(selector);
            } catch (RuntimeException badSelector) {
                continue; // A curator's typo in one selector must not stop cleaning; the others still apply.
            }
            for (Element e : found) {
                removeChrome(e);
            }
        }
        Element main = null;
        for (String selector : mainSelectors) {
            try {
                main = page.selectFirst(selector);
            } catch (RuntimeException badSelector) {
                main = null;
            }
            if (main != null && main.text().length() >= 200) {
                break;
            }
            main = null;
        }
        Element root = main != null ? main : (page.body() != null ? page.body() : page);
        StringBuilder out = new StringBuilder();
        if (main != null && main.selectFirst("h1") == null) {
            Element h1 = page.selectFirst("h1");
            if (h1 != null) {
                out.append(h1.text()).append('\n');
            }
        }
        render(root, out);
        return new Extracted(out.toString(), url, title);
    }

    /**
     * Removes a chrome element. An unclosed chrome tag in malformed HTML ({@code <div class=cookiewarn>} with no end)
     * swallows the rest of the page; when an element holds far more text than chrome ever does, only its own text
     * and inline children go, and the blocks nested in it stay.
     */
    private void removeChrome(Element e) {
        if (e.parent() == null) {
            return;
        }
        if (e.text().length() <= maxChromeChars) {
            e.remove();
            return;
        }
        for (Node child : new java.util.ArrayList<>(e.childNodes())) {
            if (child instanceof TextNode || (child instanceof Element c && !BLOCKS.contains(c.normalName()))) {
                child.remove();
            }
        }
    }

    private static String firstAttr(org.jsoup.nodes.Document page, String selector, String attr) {
        Element e = page.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    /** Iterative traversal (no recursion), so 50,000 nested elements cannot overflow the stack. */
    private static void render(Element root, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                    if (e.normalName().equals("li")) {
                        out.append("• ");
                    }
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
    }
}
