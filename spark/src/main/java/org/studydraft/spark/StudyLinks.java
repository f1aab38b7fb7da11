package org.studydraft.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.studydraft.batch.StudyLinker;
import org.studydraft.write.Json;

/**
 * run's batch-level fields, {@code study_id} and {@code related}: run's own {@link StudyLinker} over the whole set of
 * entries, on the driver, since linking needs every entry at once. The links go back to the executors as a broadcast
 * and are appended to each entry exactly as run appends them. A set larger than {@code --link-max} entries is not
 * collected (the driver would need about 50 KB of heap per entry); its entries are written without the two fields.
 */
final class StudyLinks {
    private StudyLinks() {
    }

    /** {@link StudyLinker.Link} as the executors receive it. */
    record Link(String studyId, ArrayList<String> related) implements Serializable {
    }

    /** {@code entries} (rows of {@link DocumentResult#SCHEMA}) with their links added. */
    static Dataset<Row> add(SparkSession spark, Dataset<Row> entries) {
        List<JsonNode> all = new ArrayList<>();
        Iterator<Row> rows = entries.select("entry").toLocalIterator();
        while (rows.hasNext()) {
            all.add(parse(rows.next().getString(0)));
        }
        HashMap<String, Link> links = new HashMap<>();
        StudyLinker.link(all).forEach((id, l) -> links.put(id, new Link(l.studyId(), new ArrayList<>(l.related()))));
        all.clear();
        Broadcast<HashMap<String, Link>> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(links);
        int entryColumn = DocumentResult.SCHEMA.fieldIndex("entry");
        MapPartitionsFunction<Row, Row> append = part -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return part.hasNext();
            }

            @Override
            public Row next() {
                Row r = part.next();
                ObjectNode e = (ObjectNode) parse(r.getString(entryColumn));
                Link link = shared.value().get(e.path("id").asText());
                e.put("study_id", link.studyId());
                link.related().forEach(e.putArray("related")::add);
                Object[] values = new Object[r.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = i == entryColumn ? write(e) : r.get(i);
                }
                return RowFactory.create(values);
            }
        };
        return entries.mapPartitions(append, Encoders.row(DocumentResult.SCHEMA));
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode n) {
        try {
            return Json.MAPPER.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
