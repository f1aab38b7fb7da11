package org.studydraft.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.studydraft.batch.CachedResult;
import org.studydraft.write.Json;

/**
 * One document's outcome as a Spark row: the entry as the exact JSON line {@code run} writes to entries.jsonl, or the
 * rejection reason, plus a few columns lifted out of the entry so Parquet readers can filter and partition without
 * parsing it ({@code design} is the output partition; everything else stays in {@code entry}, whose shape is the
 * entry contract and grows over time without a Parquet schema change).
 */
public record DocumentResult(String id, String path, String design, String kind, Integer year, String evidenceLevel,
                             String pipelineVersion, String sha256, String entry, String reason) {
    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("path", DataTypes.StringType)
            .add("design", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("evidence_level", DataTypes.StringType)
            .add("pipeline_version", DataTypes.StringType)
            .add("sha256", DataTypes.StringType)
            .add("entry", DataTypes.StringType)
            .add("reason", DataTypes.StringType);

    public static DocumentResult of(CachedResult r) {
        if (r.rejected()) {
            return new DocumentResult(r.id(), r.path(), null, null, null, null, r.pipelineVersion(), r.sha256(), null, r.rejectReason());
        }
        JsonNode e = r.entry();
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        JsonNode year = e.path("year");
        return new DocumentResult(r.id(), r.path(), e.path("design").path("label").asText(), e.path("source").path("kind").asText(null),
                year.isInt() ? year.asInt() : null, e.path("evidence_level").path("level").asText(null),
                r.pipelineVersion(), r.sha256(), json, null);
    }

    public Row toRow() {
        return RowFactory.create(id, path, design, kind, year, evidenceLevel, pipelineVersion, sha256, entry, reason);
    }
}
