package org.studydraft.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.util.LongAccumulator;
import org.studydraft.batch.CachedResult;
import org.studydraft.batch.DocumentProcessor;
import org.studydraft.write.EntryBuilder;

/**
 * The executor side of the job: each partition's documents through the executor's one pipeline
 * ({@link ExecutorPipelines}), by {@link DocumentProcessor#process} exactly as {@code run} calls it, one result row
 * per input row. Rows are produced lazily, so a partition's results are never all held in memory at once.
 */
final class ProcessPartition implements MapPartitionsFunction<Row, Row> {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PipelineKey key;
    private final long maxBytes;
    private final double timeLimitSeconds;
    private final JobMetrics metrics;

    ProcessPartition(PipelineKey key, long maxBytes, double timeLimitSeconds, JobMetrics metrics) {
        this.key = key;
        this.maxBytes = maxBytes;
        this.timeLimitSeconds = timeLimitSeconds;
        this.metrics = metrics;
    }

    /** Accumulators the driver reads after the job: where the executors' time went. */
    record JobMetrics(LongAccumulator documentNanos, LongAccumulator documentCpuNanos, LongAccumulator pipelineWaitNanos)
            implements java.io.Serializable {
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        long w0 = System.nanoTime();
        DocumentProcessor processor = ExecutorPipelines.get(key);
        metrics.pipelineWaitNanos().add(System.nanoTime() - w0);
        TimeLimit limit = new TimeLimit(timeLimitSeconds);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) ctx -> limit.close());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more) {
                    limit.close();
                }
                return more;
            }

            @Override
            public Row next() {
                return DocumentResult.of(timed(processor, limit, SourceDocument.of(rows.next()))).toRow();
            }
        };
    }

    /** One document under the time limit; an overrun or an internal error becomes a rejection, worded as run words it. */
    private CachedResult timed(DocumentProcessor processor, TimeLimit limit, SourceDocument d) {
        if (d.reject() != null) {
            return new CachedResult(d.id(), d.path(), "", processor.version(), null, d.reject());
        }
        long t0 = System.nanoTime();
        TimeLimit.Outcome<CachedResult> outcome;
        try {
            outcome = limit.call(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                CachedResult r = process(processor, d);
                metrics.documentCpuNanos().add(THREADS.getCurrentThreadCpuTime() - cpu0);
                return r;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted", e); // Spark is killing the task: let it
        }
        metrics.documentNanos().add(System.nanoTime() - t0);
        if (outcome.timedOut()) {
            return new CachedResult(d.id(), d.path(), "", processor.version(), null,
                    "time limit of " + timeLimitSeconds + " s per document exceeded");
        }
        if (outcome.error() != null) {
            return new CachedResult(d.id(), d.path(), "", processor.version(), null, "internal error: " + outcome.error());
        }
        return outcome.value();
    }

    private CachedResult process(DocumentProcessor processor, SourceDocument d) {
        if (d.file() != null) {
            return processFile(processor, d);
        }
        byte[] bytes = d.text().getBytes(StandardCharsets.UTF_8);
        CachedResult r = processor.process(d.id(), null, d.path(), bytes, EntryBuilder.sha256(bytes), List.of());
        if (!r.rejected() && d.url() != null && r.entry().path("source").path("url").isNull()) {
            // The scraper knew the address the text came from; the text itself did not name it.
            ((ObjectNode) r.entry().get("source")).put("url", d.url());
        }
        return r;
    }

    /** A file found by the driver's scan, read and warned about as run reads it (bounded, noted id changes). */
    private CachedResult processFile(DocumentProcessor processor, SourceDocument d) {
        try {
            return processor.processFile(d.id(), Path.of(d.file()), d.path(), maxBytes, d.note()).result();
        } catch (IOException | RuntimeException e) {
            return new CachedResult(d.id(), d.path(), "", processor.version(), null, "cannot be read: " + e.getMessage());
        }
    }
}
