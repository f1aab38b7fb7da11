package org.studydraft.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code entries.csv}: one row per entry, the contract's columns, lists joined with ';' (commons-csv quoting). */
public final class CsvWriter {
    public static final String[] COLUMNS = {"id", "kind", "title", "year", "pmid", "doi", "design", "sample_total", "pem",
        "case_definitions", "evidence_level", "method_flags", "conditions", "study_id", "related", "warnings"};

    private CsvWriter() {
    }

    public static void write(Path target, List<JsonNode> entries) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build())) {
                for (JsonNode e : entries) {
                    csv.printRecord(row(e));
                }
            }
        });
    }

    static List<String> row(JsonNode e) {
        List<String> r = new ArrayList<>();
        r.add(e.path("id").asText());
        r.add(e.path("source").path("kind").asText());
        r.add(text(e.path("title")));
        r.add(text(e.path("year")));
        r.add(text(e.path("pmid")));
        r.add(text(e.path("doi")));
        r.add(e.path("design").path("label").asText());
        r.add(text(e.path("sample").path("total")));
        r.add(e.path("pem").path("label").asText());
        r.add(join(e.path("case_definitions"), "name"));
        r.add(e.path("evidence_level").path("level").asText());
        r.add(join(e.path("method_flags"), null));
        r.add(join(e.path("conditions"), null));
        r.add(text(e.path("study_id")));
        r.add(join(e.path("related"), null));
        r.add(join(e.path("warnings"), null));
        return r;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    private static String join(JsonNode array, String field) {
        List<String> parts = new ArrayList<>();
        for (JsonNode n : array) {
            parts.add(field == null ? n.asText() : n.path(field).asText());
        }
        return String.join(";", parts);
    }
}
