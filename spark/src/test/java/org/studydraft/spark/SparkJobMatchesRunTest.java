package org.studydraft.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.RunOptions;
import org.studydraft.write.Json;

/**
 * The Spark job in local mode against the run command (BatchRunner) over the same inputs: the entries must be equal
 * field for field (timings aside), matched by id, and so must the rejections. Every job runs once, up front.
 */
class SparkJobMatchesRunTest {
    static final Path HOME = ProjectHome.locate();
    static final Path GOLD = HOME.resolve("gold/docs");

    @TempDir
    static Path tmp;

    /** What one run or job wrote: entries by id, rejections by id, and for the job where each entry was filed. */
    record Output(Map<String, JsonNode> entries, Map<String, JsonNode> rejected, Map<String, String> partitionOf) {
    }

    static Output runGold;
    static Output sparkGold;
    static Output runEdges;
    static Output sparkEdges;
    static Output sparkJsonl;
    static Output sparkParquet;
    static JobSummary goldSummary;

    @BeforeAll
    static void runEverything() throws IOException {
        SparkSession spark = LocalSpark.session();
        runGold = run(GOLD, tmp.resolve("run-gold"), 2_000_000);
        goldSummary = SparkJob.run(spark, options(GOLD.toString(), InputFormat.FOLDER, tmp.resolve("spark-gold"), 2_000_000));
        sparkGold = read(tmp.resolve("spark-gold"));

        Path edges = edgeCases(tmp.resolve("edges"));
        runEdges = run(edges, tmp.resolve("run-edges"), 3000);
        SparkJob.run(spark, options(edges.toString(), InputFormat.FOLDER, tmp.resolve("spark-edges"), 3000));
        sparkEdges = read(tmp.resolve("spark-edges"));

        Path jsonl = records(tmp.resolve("records.jsonl"));
        SparkJob.run(spark, options(jsonl.toString(), InputFormat.guess(jsonl.toString()), tmp.resolve("spark-jsonl"), 2_000_000));
        sparkJsonl = read(tmp.resolve("spark-jsonl"));
        Path parquet = tmp.resolve("records.parquet");
        spark.read().json(jsonl.toString()).filter("text is not null").select("id", "text", "url")
                .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
        SparkJob.run(spark, options(parquet.toString(), InputFormat.guess(parquet.toString()), tmp.resolve("spark-parquet"), 2_000_000));
        sparkParquet = read(tmp.resolve("spark-parquet"));
    }

    @Test
    void goldDocsGiveRunsEntriesFieldForField() {
        assertEquals(32, runGold.entries().size(), "run's entries over gold/docs");
        assertSame(runGold, sparkGold);
        assertEquals(32, goldSummary.entries());
        assertEquals(0, goldSummary.rejected());
    }

    @Test
    void folderEdgeCasesAreRunsToo() {
        // duplicate stems, a subfolder, one study twice, truncation at --max-bytes, empty, blank, unsupported and
        // contentless files
        assertTrue(runEdges.entries().size() >= 4, runEdges.entries().keySet().toString());
        assertTrue(runEdges.rejected().size() >= 4, runEdges.rejected().keySet().toString());
        assertTrue(runEdges.entries().values().stream().anyMatch(e -> e.path("warnings").toString().contains("truncated")),
                "some entry was truncated");
        assertTrue(runEdges.entries().containsKey("a-txt"), "the second 'a' (in path order) got its extension in its id");
        assertSame(runEdges, sparkEdges);
    }

    @Test
    void entriesAreFiledUnderTheirDesignLabelAndParquetHoldsTheSameEntries() {
        for (Output o : List.of(sparkGold, sparkEdges, sparkJsonl)) {
            o.entries().forEach((id, e) -> assertEquals("design=" + e.path("design").path("label").asText(), o.partitionOf().get(id), id));
        }
        SparkSession spark = LocalSpark.session();
        Map<String, JsonNode> fromParquet = new TreeMap<>();
        for (Row r : spark.read().parquet(tmp.resolve("spark-gold/entries.parquet").toString()).select("id", "entry", "design", "evidence_level")
                .collectAsList()) {
            JsonNode e = parse(r.getString(1));
            assertEquals(e.path("design").path("label").asText(), r.getString(2));
            assertEquals(e.path("evidence_level").path("level").asText(), r.getString(3));
            fromParquet.put(r.getString(0), e);
        }
        assertEquals(sparkGold.entries(), fromParquet);
    }

    @Test
    void recordsGiveTheEntriesOfTheSameBytesAsFiles() {
        assertEquals(runGold.entries().keySet(), withoutExtra(sparkJsonl.entries()).keySet());
        for (String id : runGold.entries().keySet()) {
            ObjectNode expected = (ObjectNode) withoutLinks(runGold.entries().get(id));
            ((ObjectNode) expected.get("source")).put("path", id); // a record has no file: its path is its id
            assertEquals(List.of(), JsonDiff.paths(expected, withoutLinks(sparkJsonl.entries().get(id))), id);
        }
        // The extra record repeats own-001's text, so linking puts it in own-001's study; all else is linked as in run.
        Set<Set<String>> expected = new HashSet<>();
        for (Set<String> group : studies(runGold.entries())) {
            Set<String> g = new TreeSet<>(group);
            if (g.contains("own-001")) {
                g.add("with-url");
            }
            expected.add(g);
        }
        assertEquals(expected, studies(sparkJsonl.entries()));
        JsonNode withUrl = sparkJsonl.entries().get("with-url");
        assertEquals("https://example.org/with-url", withUrl.path("source").path("url").asText());
        assertEquals("malformed record (not a JSON object with string fields id, text, url)",
                sparkJsonl.rejected().values().stream().filter(r -> r.path("id").asText().startsWith("record-")).findFirst()
                        .orElseThrow().path("reason").asText());
        assertEquals("record without text", sparkJsonl.rejected().get("no-text").path("reason").asText());
        assertEquals(sparkJsonl.entries(), sparkParquet.entries(), "Parquet records give the JSON Lines records' entries");
        assertTrue(sparkParquet.rejected().isEmpty());
    }

    @Test
    void studyLinksAreRunsIncludingAStudyWithSeveralEntries() {
        assertTrue(studies(runEdges.entries()).contains(Set.of("a-txt", "again")), studies(runEdges.entries()).toString());
        assertEquals(studies(runEdges.entries()), studies(sparkEdges.entries()));
        assertEquals(studies(runGold.entries()), studies(sparkGold.entries()));
    }

    @Test
    void eachExecutorJvmAssembledOnePipelineForAllJobsAndPartitions() {
        assertEquals(1, ExecutorPipelines.assembled());
    }

    private static void assertSame(Output run, Output spark) {
        assertEquals(run.entries().keySet(), spark.entries().keySet());
        for (String id : run.entries().keySet()) {
            assertEquals(List.of(), JsonDiff.paths(JsonDiff.withoutTimings(run.entries().get(id)),
                    JsonDiff.withoutTimings(spark.entries().get(id))), "entry " + id);
        }
        assertEquals(run.rejected(), spark.rejected());
    }

    /** The studies of a set of entries: each entry with the entries it lists as related. */
    private static Set<Set<String>> studies(Map<String, JsonNode> entries) {
        Set<Set<String>> out = new HashSet<>();
        entries.forEach((id, e) -> {
            Set<String> g = new TreeSet<>(Set.of(id));
            e.path("related").forEach(r -> g.add(r.asText()));
            out.add(g);
        });
        return out;
    }

    private static JsonNode withoutLinks(JsonNode entry) {
        ObjectNode copy = entry.deepCopy();
        copy.remove(List.of("study_id", "related"));
        return copy;
    }

    private static Map<String, JsonNode> withoutExtra(Map<String, JsonNode> entries) {
        Map<String, JsonNode> m = new TreeMap<>(entries);
        m.remove("with-url");
        return m;
    }

    static JobOptions options(String in, InputFormat format, Path out, long maxBytes) {
        return new JobOptions(in, format, out.toString(), HOME, null, 0, maxBytes, 60, 100_000);
    }

    static Output run(Path in, Path out, long maxBytes) throws IOException {
        RunOptions options = new RunOptions(in, out, HOME, null, true, 2, maxBytes, 60, "2026-01-01", true);
        new BatchRunner(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        return new Output(byId(Files.readAllLines(out.resolve("entries.jsonl"))), byId(Files.readAllLines(out.resolve("rejected.jsonl"))),
                Map.of());
    }

    static Output read(Path out) throws IOException {
        Map<String, JsonNode> entries = new TreeMap<>();
        Map<String, String> partitionOf = new TreeMap<>();
        for (Path part : parts(out.resolve("entries.jsonl"))) {
            for (String line : Files.readAllLines(part)) {
                JsonNode e = parse(line);
                assertFalse(entries.containsKey(e.path("id").asText()), "one entry per id");
                entries.put(e.path("id").asText(), e);
                partitionOf.put(e.path("id").asText(), part.getParent().getFileName().toString());
            }
        }
        List<String> rejected = new ArrayList<>();
        for (Path part : parts(out.resolve("rejected.jsonl"))) {
            rejected.addAll(Files.readAllLines(part));
        }
        return new Output(entries, byId(rejected), partitionOf);
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static Map<String, JsonNode> byId(List<String> lines) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                JsonNode n = parse(line);
                m.put(n.path("id").asText(), n);
            }
        }
        return m;
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** A folder with what makes run's folder handling particular, built from the team's own samples. */
    static Path edgeCases(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(GOLD.resolve("own-001.txt"), dir.resolve("a.txt"));
        Files.copy(GOLD.resolve("own-002.html"), dir.resolve("a.html"));
        Files.copy(GOLD.resolve("own-003.txt"), dir.resolve("sub/b.md"));
        Files.copy(GOLD.resolve("own-001.txt"), dir.resolve("sub/again.txt")); // the same study twice: linked
        Files.copy(largest(), dir.resolve("long.txt"));
        Files.copy(GOLD.resolve("own-005.html"), dir.resolve("page.htm"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "   \n\t\n");
        Files.writeString(dir.resolve("short.txt"), "Hi.");
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4 not a document type run reads");
        return dir;
    }

    private static Path largest() throws IOException {
        try (Stream<Path> docs = Files.list(GOLD)) {
            return docs.filter(p -> p.toString().endsWith(".txt")).max((x, y) -> Long.compare(x.toFile().length(), y.toFile().length())).orElseThrow();
        }
    }

    /** Every gold document as a record (id = stem, text = its UTF-8 text), one with a url, and two bad records. */
    static Path records(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> docs = Files.list(GOLD)) {
            for (Path p : docs.sorted().toList()) {
                String name = p.getFileName().toString();
                ObjectNode r = Json.MAPPER.createObjectNode().put("id", name.substring(0, name.lastIndexOf('.')))
                        .put("text", Files.readString(p, StandardCharsets.UTF_8));
                lines.add(Json.MAPPER.writeValueAsString(r));
            }
        }
        lines.add(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("id", "with-url")
                .put("text", Files.readString(GOLD.resolve("own-001.txt"), StandardCharsets.UTF_8)).put("url", "https://example.org/with-url")));
        lines.add("{\"id\": \"broken\", \"text\": ");
        lines.add("{\"id\": \"no-text\"}");
        Files.write(file, lines);
        return file;
    }
}
