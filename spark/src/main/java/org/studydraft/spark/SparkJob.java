package org.studydraft.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.write.Json;

/**
 * The StudyDraft pipeline as a Spark job. The driver computes the pipeline version and lists or reads the input;
 * every executor assembles the pipeline once ({@link ExecutorPipelines}) and runs its partitions through
 * {@code DocumentProcessor.process} ({@link ProcessPartition}). The results are kept (memory, then disk); run's
 * study links are added to the entries ({@link StudyLinks}, up to {@code --link-max} entries); three outputs are
 * written under {@code --out}:
 * <ul>
 *   <li>{@code entries.jsonl/design=LABEL/part-*.txt}: each entry as the very JSON line run writes;</li>
 *   <li>{@code entries.parquet/design=LABEL/part-*.parquet}: the same entries with a few query columns
 *       ({@link DocumentResult});</li>
 *   <li>{@code rejected.jsonl/part-*.json}: {@code {"id", "path", "reason"}} per document that became no entry;</li>
 * </ul>
 * and {@code run.json}, the job's counts and rates ({@link JobSummary}).
 */
public final class SparkJob {
    private SparkJob() {
    }

    public static JobSummary run(SparkSession spark, JobOptions o) throws IOException {
        Phases phases = new Phases();
        Path pipelineFile = StudyDraftPipeline.pipelineFile(o.home(), o.pipelineFile());
        String version = StudyDraftPipeline.version(o.home(), pipelineFile);
        PipelineKey key = new PipelineKey(o.home().toString(), pipelineFile.toString(), version);
        var sc = spark.sparkContext();
        int cores = sc.defaultParallelism();
        ProcessPartition.JobMetrics metrics = new ProcessPartition.JobMetrics(sc.longAccumulator("document_nanos"),
                sc.longAccumulator("document_cpu_nanos"), sc.longAccumulator("pipeline_wait_nanos"));
        ProcessPartition process = new ProcessPartition(key, o.maxBytes(), o.timeLimitSeconds(), metrics);
        Dataset<Row> results = SparkInputs.read(spark, o, o.partitions() > 0 ? o.partitions() : 4 * cores)
                .mapPartitions(process, Encoders.row(DocumentResult.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        phases.done("version_and_input_plan");
        Dataset<Row> linked = null;
        try {
            Dataset<Row> entries = results.filter(col("entry").isNotNull());
            Dataset<Row> rejected = results.filter(col("entry").isNull());
            long entryCount = entries.count(); // processes every document; the steps below read the kept results
            phases.done("process");
            boolean link = entryCount <= o.linkMax();
            if (link) {
                linked = StudyLinks.add(spark, entries).persist(StorageLevel.MEMORY_AND_DISK());
            }
            Dataset<Row> out = link ? linked : entries;
            out.drop("reason").write().mode(SaveMode.Overwrite).partitionBy("design").parquet(o.out() + "/entries.parquet");
            phases.done(link ? "study_links_and_parquet" : "parquet");
            out.select(col("entry"), col("design")).write().mode(SaveMode.Overwrite).partitionBy("design")
                    .text(o.out() + "/entries.jsonl");
            phases.done("jsonl");
            rejected.select(col("id"), col("path"), col("reason")).coalesce(1)
                    .write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(o.out() + "/rejected.jsonl");
            phases.done("rejected");
            Map<String, Long> byReason = counts(rejected, "reason");
            Map<String, Long> byDesign = counts(entries, "design");
            phases.done("counts");
            long nRejected = byReason.values().stream().mapToLong(Long::longValue).sum();
            String links = link ? "linked" : "not linked: " + entryCount + " entries, more than --link-max " + o.linkMax();
            JobSummary summary = new JobSummary(version, sc.master(), cores, results.rdd().getNumPartitions(),
                    entryCount + nRejected, entryCount, nRejected, byReason, byDesign, links, phases.total(),
                    metrics.documentNanos().value() / 1e9, metrics.documentCpuNanos().value() / 1e9,
                    metrics.pipelineWaitNanos().value() / 1e9, phases.seconds());
            writeReport(spark, o.out(), summary);
            return summary;
        } finally {
            if (linked != null) {
                linked.unpersist();
            }
            results.unpersist();
        }
    }

    /** Wall seconds of the job's steps, each measured from the end of the one before. */
    private static final class Phases {
        private final long start = System.nanoTime();
        private long last = start;
        private final Map<String, Double> seconds = new LinkedHashMap<>();

        void done(String phase) {
            long now = System.nanoTime();
            seconds.put(phase, (now - last) / 1e9);
            last = now;
        }

        double total() {
            return (System.nanoTime() - start) / 1e9;
        }

        Map<String, Double> seconds() {
            return seconds;
        }
    }

    private static Map<String, Long> counts(Dataset<Row> d, String column) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : d.groupBy(column).count().collectAsList()) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    /** run.json through Hadoop's file system, so {@code --out} may be a cluster path (hdfs://, s3a://) as well. */
    private static void writeReport(SparkSession spark, String out, JobSummary summary) throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, "run.json");
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream os = fs.create(target, true)) {
            os.write((Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary.toJson()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
