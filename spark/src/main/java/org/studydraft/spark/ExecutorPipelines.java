package org.studydraft.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.studydraft.batch.DocumentProcessor;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.core.Pipeline;

/**
 * One assembled pipeline per executor JVM and pipeline definition. Spark deserialises the task function for every
 * task, so anything the function held would be rebuilt per partition; this static holder outlives tasks, and all
 * task threads of an executor share its pipeline (stages are thread-safe by contract). CoreNLP, the language model
 * and the lexicon tries therefore load once per executor, never per record or per partition.
 */
final class ExecutorPipelines {
    private static final Map<PipelineKey, DocumentProcessor> BY_KEY = new ConcurrentHashMap<>();
    private static final AtomicInteger ASSEMBLED = new AtomicInteger();

    private ExecutorPipelines() {
    }

    /** The processor for {@code key}, assembled on first use; concurrent first callers wait for the one assembly. */
    static DocumentProcessor get(PipelineKey key) {
        return BY_KEY.computeIfAbsent(key, ExecutorPipelines::assemble);
    }

    /** How many pipelines this JVM has assembled (tests check it stays at one per key). */
    static int assembled() {
        return ASSEMBLED.get();
    }

    private static DocumentProcessor assemble(PipelineKey key) {
        Path home = Path.of(key.home());
        Path pipelineFile = Path.of(key.pipelineFile());
        // Same computation as the driver's: an executor with other lexicons, rules or code than the driver would
        // write entries under a version that does not describe them, so it refuses instead.
        String version = StudyDraftPipeline.version(home, pipelineFile);
        if (!version.equals(key.version())) {
            throw new IllegalStateException("this executor's pipeline resources (" + home.toAbsolutePath() + ") give version "
                    + version + " but the driver's give " + key.version() + ": ship the same jar and annotators to every node");
        }
        Pipeline pipeline = StudyDraftPipeline.assemble(home, pipelineFile);
        ASSEMBLED.incrementAndGet();
        return new DocumentProcessor(pipeline, version);
    }
}
