package org.studydraft.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code review.html}: one self-contained page (inline CSS and JavaScript, no network requests) built from the
 * template {@code /review/review.html} on the class path with the run's entries embedded as JSON.
 */
public final class ReviewPageWriter {
    private static final String PLACEHOLDER = "/*__ENTRIES__*/[]";

    private ReviewPageWriter() {
    }

    public static String render(List<JsonNode> entries, String runInfo) throws IOException {
        String template;
        try (InputStream in = ReviewPageWriter.class.getResourceAsStream("/review/review.html")) {
            if (in == null) {
                throw new IOException("review page template /review/review.html missing from the class path");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ArrayNode all = Json.MAPPER.createArrayNode();
        entries.forEach(all::add);
        return template.replace(PLACEHOLDER, scriptSafe(all)).replace("__RUN_INFO__", escapeHtml(runInfo));
    }

    /** JSON that can sit inside a script element: "</" and line separators cannot end or break it. */
    static String scriptSafe(JsonNode node) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(node).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
                .replace("<!--", "<\\!--");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
