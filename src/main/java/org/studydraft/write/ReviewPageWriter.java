package org.studydraft.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code review.html}: one self-contained page (inline CSS and JavaScript, no network requests) built from the
 * template {@code /review/review.html} on the class path with the run's entries embedded as JSON, plus the display
 * names the Markdown drafts use, so the page and the drafts name a design the same way.
 */
public final class ReviewPageWriter {
    /** The template's slots; replaced in one pass, so text inside an entry is never taken for a slot. */
    private static final Pattern SLOTS = Pattern.compile(Pattern.quote("/*__ENTRIES__*/[]") + "|" + Pattern.quote("/*__NAMES__*/{}")
            + "|__RUN_INFO__");
    private static final ObjectWriter SCRIPT_JSON = Json.MAPPER.writer().with(new ScriptEscapes());

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
        Map<String, String> values = Map.of(
                "/*__ENTRIES__*/[]", scriptSafe(all),
                "/*__NAMES__*/{}", scriptSafe(names(entries)),
                "__RUN_INFO__", escapeHtml(runInfo));
        Matcher m = SLOTS.matcher(template);
        return m.replaceAll(slot -> Matcher.quoteReplacement(values.get(slot.group())));
    }

    /** Display names of the labels the entries use, from the same functions as the Markdown drafts. */
    static ObjectNode names(List<JsonNode> entries) {
        ObjectNode names = Json.MAPPER.createObjectNode();
        ObjectNode designs = names.putObject("design");
        for (JsonNode e : entries) {
            String label = e.path("design").path("label").asText("");
            if (!label.isEmpty()) {
                designs.put(label, MarkdownWriter.designName(label));
            }
        }
        return names;
    }

    /**
     * JSON that can sit inside a script element: {@code <}, {@code >} and {@code &} are written as {@code \}u
     * escapes, so no {@code </script>} or {@code <!--} can end or bend the element whatever the source says, and
     * U+2028/U+2029 are escaped for engines that do not accept them raw in string literals.
     */
    static String scriptSafe(JsonNode node) throws JsonProcessingException {
        return SCRIPT_JSON.writeValueAsString(node);
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
