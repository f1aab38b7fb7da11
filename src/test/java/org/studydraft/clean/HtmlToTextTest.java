package org.studydraft.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlToTextTest {
    private final HtmlToText html = new HtmlToText(List.of("nav", "footer", "[class*=cookie]", "[class*=share]"),
            List.of("article", "main"), 1500);

    @Test
    void chromeElementsGoAndParagraphsBecomeLines() {
        String page = "<html><body><nav>Home | News</nav><article><h1>Title here</h1><p>First paragraph with enough words.</p>"
                + "<div class=share>Share: Facebook</div><p>Second paragraph.</p></article><footer>© Site</footer></body></html>";
        String text = html.extract(page).text();
        assertTrue(text.contains("Title here\n"));
        assertTrue(text.contains("First paragraph with enough words."));
        assertFalse(text.contains("Home | News"));
        assertFalse(text.contains("Share: Facebook"));
        assertFalse(text.contains("© Site"));
    }

    @Test
    void anUnclosedChromeTagDoesNotSwallowThePage() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("<p>Paragraph ").append(i).append(" of the article, long enough to count as content.</p>\n");
        }
        String page = "<html><body><div class=cookiewarn>This website uses cookies. <a href=/c>Find out more</a>\n<div id=main>"
                + body + "</div></body></html>";
        String text = html.extract(page).text();
        assertTrue(text.contains("Paragraph 39 of the article"), text);
        assertFalse(text.contains("This website uses cookies"));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String page = "<html><body>" + "<div>".repeat(50_000) + "<p>deep text</p>" + "</div>".repeat(50_000) + "</body></html>";
        assertTrue(html.extract(page).text().contains("deep text"));
    }
}
