package org.studydraft.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReviewPageWriterTest {
    private static final String HOSTILE = "</script><script>alert(1)</script> <!-- <script> \u2028line\u2029para & \"quoted\" __RUN_INFO__";

    @Test
    void embeddedJsonCannotLeaveTheScriptElement() throws IOException {
        JsonNode entry = ReviewEntries.entry("hostile", HOSTILE, "Source text " + HOSTILE + " ends here.").build();
        String page = ReviewPageWriter.render(List.of(entry), "1 entries · pipeline test-1");

        assertFalse(page.contains("alert(1)</script>"), "the closing tag inside the text must be escaped");
        assertFalse(page.contains("\u2028") || page.contains("\u2029"), "line separators must be escaped");
        Document html = Jsoup.parse(page);
        assertEquals(1, html.select("script").size(), "exactly the page's own script element");
        String script = html.selectFirst("script").data();
        Matcher m = Pattern.compile("const ENTRIES = (.*);\\nconst NAMES = (.*);\\n").matcher(script);
        assertTrue(m.find(), "the data lines are in the script");
        JsonNode entries = Json.MAPPER.readTree(m.group(1));
        assertEquals(entry, entries.get(0), "the embedded JSON reads back as the entry, text unchanged");
        assertEquals("No Study", Json.MAPPER.readTree(m.group(2)).path("design").path("none").asText());
        assertEquals("1 entries · pipeline test-1", html.getElementById("run-info").text());
    }

    @Test
    void runInfoIsEscaped() throws IOException {
        String page = ReviewPageWriter.render(List.of(), "<b>run</b>");
        assertEquals("<b>run</b>", Jsoup.parse(page).getElementById("run-info").text());
        assertTrue(page.contains("const ENTRIES = [];"));
    }

    @Test
    void templateMakesNoNetworkRequests() throws IOException {
        String template;
        try (InputStream in = ReviewPageWriter.class.getResourceAsStream("/review/review.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document html = Jsoup.parse(template);
        for (Element el : html.getAllElements()) {
            for (String attr : List.of("src", "href", "action", "poster", "srcset", "data", "formaction")) {
                String value = el.attr(attr).strip().toLowerCase();
                assertFalse(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//"),
                        "<" + el.tagName() + " " + attr + "=\"" + value + "\"> would load from the network");
            }
        }
        assertFalse(Pattern.compile("url\\(|@import", Pattern.CASE_INSENSITIVE).matcher(html.select("style").html()).find(),
                "styles load nothing");
        assertFalse(Pattern.compile("\\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\\b").matcher(html.select("script").html()).find(),
                "scripts make no requests");
        assertTrue(html.select("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"),
                "the page's policy blocks any request that slips in");
    }
}
