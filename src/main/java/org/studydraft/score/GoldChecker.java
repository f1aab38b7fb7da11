package org.studydraft.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.studydraft.write.Json;

/**
 * {@code studydraft gold check}: validates every gold label against {@code gold-format.md} before anything scores
 * with it. The raw JSON is checked field by field (so one file can report several problems, and a wrong type is
 * named rather than failing a bind), then the label is checked against its raw document (verbatim sentences and
 * statistic texts, boilerplate line numbers), then the folder as a whole ({@code gold/docs} all labelled,
 * {@code split.tsv} listing every label once). Documents outside the project that are absent (a clone without
 * {@code ../shared}) are skipped and counted, never reported as problems.
 */
public final class GoldChecker {
    /** One problem: the file, the field (a JSON path such as {@code statistics[2].p}) and what is wrong. */
    public record Problem(String file, String field, String message) {
        @Override
        public String toString() {
            return file + ": " + field + ": " + message;
        }
    }

    /** What a check found: the problems, how many labels were read, and the labels whose document was absent. */
    public record Report(List<Problem> problems, int labels, List<String> skippedDocuments) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path goldDir;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private GoldChecker(Path goldDir) {
        this.goldDir = goldDir;
    }

    public static Report check(Path goldDir) {
        GoldChecker c = new GoldChecker(goldDir);
        List<Path> files = GoldSet.labelFiles(goldDir);
        if (files.isEmpty()) {
            c.problems.add(new Problem(goldDir.resolve("labels").toString(), "(folder)", "no label files found"));
        }
        Set<Path> labelledDocs = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            ids.add(stem);
            Path doc = c.checkLabel(file, stem);
            if (doc != null) {
                labelledDocs.add(doc);
            }
        }
        c.checkOwnDocsLabelled(labelledDocs);
        c.checkSplit(ids);
        return new Report(List.copyOf(c.problems), files.size(), List.copyOf(c.skipped));
    }

    /** Checks one label file; returns its resolved document path when it names one. */
    private Path checkLabel(Path file, String stem) {
        Fields f = new Fields(file.toString(), problems);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            f.problem("(json)", "not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            f.problem("(file)", "cannot be read: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            f.problem("(json)", "the file must hold one JSON object");
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!GoldVocabulary.FIELDS.contains(name)) {
                f.problem(name, "unknown field (known: " + String.join(", ", GoldVocabulary.FIELDS) + ")");
            }
        }
        for (String name : GoldVocabulary.FIELDS) {
            if (!root.has(name) && !GoldVocabulary.OPTIONAL_FIELDS.contains(name)) {
                f.problem(name, "required field missing");
            }
        }
        f.string(root.get("id"), "id", false);
        if (root.path("id").isTextual() && !root.get("id").asText().equals(stem)) {
            f.problem("id", "'" + root.get("id").asText() + "' differs from the file name '" + stem + "'");
        }
        f.string(root.get("doc"), "doc", false);
        for (String name : List.of("source_url", "title", "pmid", "doi", "journal")) {
            f.string(root.get(name), name, true);
        }
        f.value(root.get("kind"), "kind", GoldVocabulary.KINDS);
        f.bool(root.get("primary_study"), "primary_study", false);
        f.integer(root.get("year"), "year", true, 1000);
        f.value(root.get("design"), "design", GoldVocabulary.DESIGNS);
        f.listOf(root.get("design_accept"), "design_accept", GoldVocabulary.DESIGNS);
        f.bool(root.get("human"), "human", true);
        f.sample(root.get("sample"));
        f.listOf(root.get("case_definitions"), "case_definitions", GoldVocabulary.CASE_DEFINITIONS);
        f.value(root.get("pem"), "pem", GoldVocabulary.PEMS);
        f.listOf(root.get("pem_accept"), "pem_accept", GoldVocabulary.PEMS);
        f.aliasLists(root.get("conditions"), "conditions");
        f.entities(root.get("entities"));
        f.statistics(root.get("statistics"));
        f.strings(root.get("findings"), "findings");
        f.strings(root.get("conclusions"), "conclusions");
        f.lineNumbers(root.get("boilerplate_lines"));
        f.string(root.get("notes"), "notes", false);

        if (!root.path("doc").isTextual() || root.get("doc").asText().isBlank()) {
            return null;
        }
        String docRef = root.get("doc").asText();
        Path doc = GoldSet.resolveDoc(goldDir, docRef);
        if (!Files.isRegularFile(doc)) {
            if (GoldSet.outsideProject(goldDir, docRef)) {
                skipped.add(stem);
            } else {
                f.problem("doc", "document not found: " + docRef);
            }
            return doc;
        }
        try {
            checkAgainstDocument(f, root, RawDocument.read(doc));
        } catch (IOException e) {
            f.problem("doc", "cannot read " + docRef + ": " + e.getMessage());
        }
        return doc;
    }

    /** Verbatim sentences and statistic texts, boilerplate lines within the file. */
    private void checkAgainstDocument(Fields f, JsonNode root, RawDocument raw) {
        String visible = raw.html() ? String.join("\n", HtmlLines.visibleText(raw.text(), raw.lineCount())) : "";
        for (String field : List.of("findings", "conclusions")) {
            JsonNode list = root.path(field);
            for (int i = 0; i < list.size(); i++) {
                JsonNode s = list.get(i);
                if (s.isTextual() && !occurs(s.asText(), raw.text(), visible)) {
                    f.problem(field + "[" + i + "]", "not verbatim in the document: \"" + shorten(s.asText()) + "\"");
                }
            }
        }
        JsonNode stats = root.path("statistics");
        for (int i = 0; i < stats.size(); i++) {
            JsonNode t = stats.get(i).path("text");
            if (t.isTextual() && !occurs(t.asText(), raw.text(), visible)) {
                f.problem("statistics[" + i + "].text", "not verbatim in the document: \"" + shorten(t.asText()) + "\"");
            }
        }
        int lines = raw.lineCount();
        JsonNode bl = root.path("boilerplate_lines");
        for (int i = 0; i < bl.size(); i++) {
            if (bl.get(i).canConvertToInt() && bl.get(i).asInt() > lines) {
                f.problem("boilerplate_lines[" + i + "]", "line " + bl.get(i).asInt()
                        + " beyond the document's " + lines + " lines");
            }
        }
    }

    /** Verbatim in the raw text, or for HTML in its visible text (a sentence copied from the rendered page). */
    private static boolean occurs(String needle, String raw, String visible) {
        return raw.contains(needle) || (!visible.isEmpty() && visible.contains(needle));
    }

    private void checkOwnDocsLabelled(Set<Path> labelledDocs) {
        Path docs = goldDir.resolve("docs");
        if (!Files.isDirectory(docs)) {
            return;
        }
        try (Stream<Path> s = Files.list(docs)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!labelledDocs.contains(p.toAbsolutePath().normalize())) {
                    problems.add(new Problem(p.toString(), "(document)", "no label in " + goldDir.resolve("labels") + " points at it"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkSplit(Set<String> ids) {
        Path file = goldDir.resolve(GoldSet.SPLIT_FILE);
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(name, "(file)", "missing; run 'studydraft gold split'"));
            return;
        }
        List<GoldSplit.Row> rows;
        try {
            rows = GoldSplit.rows(file);
        } catch (GoldSplit.SplitFormatException e) {
            problems.add(new Problem(name, "(format)", e.getMessage()));
            return;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (GoldSplit.Row row : rows) {
            String where = "line " + row.line();
            if (!GoldVocabulary.SPLITS.contains(row.split())) {
                problems.add(new Problem(name, where, "split '" + row.split() + "' is neither dev nor test"));
            }
            if (!ids.contains(row.id())) {
                problems.add(new Problem(name, where, "'" + row.id() + "' has no label file"));
            }
            Integer earlier = firstLine.putIfAbsent(row.id(), row.line());
            if (earlier != null) {
                problems.add(new Problem(name, where, "'" + row.id() + "' listed again (first on line " + earlier + ")"));
            }
        }
        ids.stream().sorted().filter(id -> !firstLine.containsKey(id)).forEach(id ->
                problems.add(new Problem(name, id, "label not listed; run 'studydraft gold split' to add it")));
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Type checks of one label's JSON, collecting problems with their field paths. */
    private static final class Fields {
        final String file;
        final List<Problem> found;

        Fields(String file, List<Problem> found) {
            this.file = file;
            this.found = found;
        }

        void problem(String field, String message) {
            found.add(new Problem(file, field, message));
        }

        /** A string; {@code notes} may be empty, other required strings may not. */
        void string(JsonNode v, String path, boolean nullable) {
            if (v == null) {
                return;
            }
            if (v.isNull() ? !nullable : !v.isTextual()) {
                problem(path, "expected a string" + (nullable ? " or null" : "") + ", got " + describe(v));
            } else if (!nullable && v.asText().isBlank() && !path.equals("notes")) {
                problem(path, "must not be empty");
            }
        }

        void bool(JsonNode v, String path, boolean nullable) {
            if (v != null && (v.isNull() ? !nullable : !v.isBoolean())) {
                problem(path, "expected true/false" + (nullable ? " or null" : "") + ", got " + describe(v));
            }
        }

        void integer(JsonNode v, String path, boolean nullable, int min) {
            if (v == null || (v.isNull() && nullable)) {
                return;
            }
            if (!v.isIntegralNumber()) {
                problem(path, "expected an integer" + (nullable ? " or null" : "") + ", got " + describe(v));
            } else if (v.asLong() < min) {
                problem(path, "must be at least " + min + ", got " + v.asLong());
            }
        }

        /** One value of a closed set; absent values are reported once, as missing fields, elsewhere. */
        void value(JsonNode v, String path, List<String> values) {
            if (v == null) {
                return;
            }
            if (!v.isTextual()) {
                problem(path, "expected one of " + values + ", got " + describe(v));
            } else if (!values.contains(v.asText())) {
                problem(path, "unknown value '" + v.asText() + "' (expected one of " + String.join(", ", values) + ")");
            }
        }

        void listOf(JsonNode v, String path, List<String> values) {
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                problem(path, "expected a list, got " + describe(v));
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                value(v.get(i), path + "[" + i + "]", values);
            }
        }

        void strings(JsonNode v, String path) {
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                problem(path, "expected a list of strings, got " + describe(v));
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    problem(path + "[" + i + "]", "expected a non-empty string, got " + describe(v.get(i)));
                }
            }
        }

        void aliasLists(JsonNode v, String path) {
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                problem(path, "expected a list of alias lists, got " + describe(v));
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode aliases = v.get(i);
                if (!aliases.isArray() || aliases.isEmpty()) {
                    problem(path + "[" + i + "]", "expected a non-empty list of aliases, got " + describe(aliases));
                } else {
                    strings(aliases, path + "[" + i + "]");
                }
            }
        }

        void entities(JsonNode v) {
            if (v == null) {
                return;
            }
            if (!v.isObject()) {
                problem("entities", "expected an object with " + GoldVocabulary.ENTITY_TYPES + ", got " + describe(v));
                return;
            }
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String type = it.next();
                if (!GoldVocabulary.ENTITY_TYPES.contains(type)) {
                    problem("entities." + type, "unknown entity type (expected one of " + GoldVocabulary.ENTITY_TYPES
                            + "; conditions go in 'conditions')");
                }
            }
            for (String type : GoldVocabulary.ENTITY_TYPES) {
                if (!v.has(type)) {
                    problem("entities." + type, "required field missing");
                } else {
                    aliasLists(v.get(type), "entities." + type);
                }
            }
        }

        void sample(JsonNode v) {
            if (v == null || v.isNull()) {
                return;
            }
            if (!v.isObject()) {
                problem("sample", "expected an object or null, got " + describe(v));
                return;
            }
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!List.of("total", "groups", "accept").contains(name)) {
                    problem("sample." + name, "unknown field (known: total, groups, accept)");
                }
            }
            if (!v.has("total")) {
                problem("sample.total", "required field missing (null when the text gives no count)");
            }
            integer(v.get("total"), "sample.total", true, 0);
            JsonNode groups = v.get("groups");
            if (groups == null) {
                problem("sample.groups", "required field missing ([] when none)");
            } else if (!groups.isArray()) {
                problem("sample.groups", "expected a list, got " + describe(groups));
            } else {
                for (int i = 0; i < groups.size(); i++) {
                    JsonNode g = groups.get(i);
                    String path = "sample.groups[" + i + "]";
                    if (!g.isObject()) {
                        problem(path, "expected {\"label\", \"n\"}, got " + describe(g));
                        continue;
                    }
                    if (!g.path("label").isTextual()) {
                        problem(path + ".label", "expected a string, got " + describe(g.get("label")));
                    }
                    if (!g.path("n").isIntegralNumber() || g.get("n").asLong() < 0) {
                        problem(path + ".n", "expected a count, got " + describe(g.get("n")));
                    }
                }
            }
            JsonNode accept = v.get("accept");
            if (accept != null && !accept.isNull()) {
                if (!accept.isArray()) {
                    problem("sample.accept", "expected a list of totals, got " + describe(accept));
                } else {
                    for (int i = 0; i < accept.size(); i++) {
                        if (!accept.get(i).isIntegralNumber()) {
                            problem("sample.accept[" + i + "]", "expected an integer, got " + describe(accept.get(i)));
                        }
                    }
                }
            }
        }

        void statistics(JsonNode v) {
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                problem("statistics", "expected a list, got " + describe(v));
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                statistic(v.get(i), "statistics[" + i + "]");
            }
        }

        private void statistic(JsonNode s, String path) {
            if (!s.isObject()) {
                problem(path, "expected an object, got " + describe(s));
                return;
            }
            for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!List.of("type", "value", "df", "p_op", "p", "ci", "text").contains(name)) {
                    problem(path + "." + name, "unknown field (known: type, value, df, p_op, p, ci, text)");
                }
            }
            if (!s.has("type")) {
                problem(path + ".type", "required field missing");
            }
            value(s.get("type"), path + ".type", GoldVocabulary.STATISTIC_TYPES);
            if (!s.path("text").isTextual() || s.get("text").asText().isBlank()) {
                problem(path + ".text", "expected the statistic as written in the text, got " + describe(s.get("text")));
            }
            number(s, "value", path);
            number(s, "p", path);
            JsonNode p = s.get("p");
            if (p != null && p.isNumber() && (p.asDouble() < 0 || p.asDouble() > 1)) {
                problem(path + ".p", "a p-value lies in [0, 1], got " + p.asText());
            }
            JsonNode op = s.get("p_op");
            if (op != null && !op.isNull()) {
                value(op, path + ".p_op", GoldVocabulary.P_OPERATORS);
            }
            if (p != null && p.isNumber() && (op == null || op.isNull())) {
                problem(path + ".p_op", "a p-value needs its operator (=, <, >, <=, >=)");
            }
            numbers(s.get("df"), path + ".df", -1);
            numbers(s.get("ci"), path + ".ci", 2);
            boolean standaloneP = "p".equals(s.path("type").asText());
            if (standaloneP && !(p != null && p.isNumber())) {
                problem(path + ".p", "a statistic of type p needs its p-value in 'p'");
            } else if (!standaloneP && s.path("type").isTextual() && !s.path("value").isNumber()) {
                problem(path + ".value", "a statistic of type " + s.get("type").asText() + " needs its value");
            }
        }

        private void number(JsonNode s, String name, String path) {
            JsonNode v = s.get(name);
            if (v != null && !v.isNull() && !v.isNumber()) {
                problem(path + "." + name, "expected a number or null, got " + describe(v));
            }
        }

        private void numbers(JsonNode v, String path, int size) {
            if (v == null || v.isNull()) {
                return;
            }
            boolean ok = v.isArray() && (size < 0 || v.size() == size);
            for (int i = 0; ok && i < v.size(); i++) {
                ok = v.get(i).isNumber();
            }
            if (!ok) {
                problem(path, "expected " + (size < 0 ? "a list of numbers" : "[low, high]") + " or null, got " + describe(v));
            }
        }

        void lineNumbers(JsonNode v) {
            if (v == null) {
                return;
            }
            if (!v.isArray()) {
                problem("boilerplate_lines", "expected a list of line numbers, got " + describe(v));
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isIntegralNumber() || v.get(i).asLong() < 1) {
                    problem("boilerplate_lines[" + i + "]", "expected a 1-based line number, got " + describe(v.get(i)));
                }
            }
        }

        static String describe(JsonNode v) {
            if (v == null) {
                return "nothing";
            }
            String text = v.toString();
            return v.getNodeType().name().toLowerCase() + " " + shorten(text);
        }
    }
}
