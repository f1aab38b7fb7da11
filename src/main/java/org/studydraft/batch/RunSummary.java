package org.studydraft.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studydraft.write.Json;

/**
 * What a run did, for {@code run.json} and the closing screen: the documents it saw, processed and kept, what the
 * published output holds ({@link OutputStats}), and where the time went. {@code pipelineAssembled} is false when
 * every document was unchanged: no stage was built and no model loaded; {@code slowest} names the documents that
 * took longest, so an operator sees what to look at when a run is slow.
 *
 * <p>The report is written and read with Jackson's streaming API, not its object mapper: a run with nothing to do
 * reads the last report and writes a new one, and starting the object mapper would cost it more than all its work.
 */
public record RunSummary(String pipelineVersion, int seen, int processed, int skippedUnchanged, List<String> vanished,
                         OutputStats output, Map<String, Double> stageMillis, double seconds, double pipelineSeconds,
                         int threads, List<Slow> slowest, boolean pipelineAssembled, boolean outputsRewritten) {

    /** One document's processing time. */
    public record Slow(String id, double seconds) {
    }

    static final JsonFactory JSON = JsonFactory.builder().build();

    public boolean nothingToDo() {
        return processed == 0 && vanished.isEmpty();
    }

    /** {@code run.json}: the run report of the contract, pretty-printed as the other output files are. */
    public String toJsonText() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("pipeline_version", pipelineVersion);
            g.writeBooleanField("nothing_to_do", nothingToDo());
            g.writeBooleanField("pipeline_assembled", pipelineAssembled);
            g.writeBooleanField("outputs_rewritten", outputsRewritten);
            g.writeObjectFieldStart("counts");
            g.writeNumberField("seen", seen);
            g.writeNumberField("processed", processed);
            g.writeNumberField("skipped_unchanged", skippedUnchanged);
            g.writeNumberField("rejected", output.rejected());
            g.writeNumberField("entries", output.entries());
            g.writeNumberField("vanished", vanished.size());
            g.writeNumberField("warnings", output.warnings());
            g.writeNumberField("studies_with_several_entries", output.studies());
            g.writeNumberField("entries_in_such_studies", output.entriesInStudies());
            g.writeEndObject();
            writeCounts(g, "rejected_by_reason", output.rejectedByReason());
            writeCounts(g, "warnings_by_kind", output.warningsByKind());
            writeStrings(g, "vanished", vanished);
            writeStrings(g, "needs_attention", output.needsAttention());
            g.writeObjectFieldStart("timings");
            g.writeNumberField("wall_seconds", round(seconds, 1000));
            g.writeNumberField("pipeline_seconds", round(pipelineSeconds, 1000));
            g.writeNumberField("threads", threads);
            g.writeObjectFieldStart("stage_ms");
            for (Map.Entry<String, Double> e : stageMillis.entrySet()) {
                g.writeNumberField(e.getKey(), round(e.getValue(), 10));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("slowest_documents_s");
            for (Slow s : slowest) {
                g.writeNumberField(s.id(), round(s.seconds(), 1000));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The report as a tree, for the output writer. */
    public JsonNode toJson() {
        try {
            return Json.MAPPER.readTree(toJsonText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output figures of an earlier report written by {@link #toJsonText()}, or null when it cannot be read. */
    static OutputStats outputStatsOf(Path runJson) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, Integer> warningsByKind = new TreeMap<>();
        List<String> attention = new ArrayList<>();
        try (JsonParser p = JSON.createParser(runJson.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "counts" -> readCounts(p, counts);
                    case "rejected_by_reason" -> readCounts(p, byReason);
                    case "warnings_by_kind" -> readCounts(p, warningsByKind);
                    case "needs_attention" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            attention.add(p.getText());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        for (String c : List.of("entries", "rejected", "warnings", "studies_with_several_entries", "entries_in_such_studies")) {
            if (!counts.containsKey(c)) {
                return null; // a report of an older layout: the run writes its output again
            }
        }
        return new OutputStats(counts.get("entries"), counts.get("rejected"), byReason, counts.get("warnings"), warningsByKind,
                attention, counts.get("studies_with_several_entries"), counts.get("entries_in_such_studies"));
    }

    private static void readCounts(JsonParser p, Map<String, Integer> into) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            into.put(name, p.getValueAsInt());
        }
    }

    private static void writeCounts(JsonGenerator g, String field, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }
}
