package org.studydraft.score;

import java.nio.file.Path;
import java.util.List;
import org.studydraft.batch.CachedResult;
import org.studydraft.batch.DocumentProcessor;
import org.studydraft.batch.PipelineVersion;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.write.EntryBuilder;

/**
 * Predictions made by running the pipeline: assembled once, each gold document processed through the same
 * {@link DocumentProcessor} as {@code studydraft run}, so the scorer measures exactly what a run writes.
 */
public final class PipelinePredictions implements PredictionSource {
    private final DocumentProcessor processor;

    /** {@code pipelineFile} null for {@code pipeline/default.properties} under {@code home}. */
    public PipelinePredictions(Path home, Path pipelineFile) {
        Path file = StudyDraftPipeline.pipelineFile(home, pipelineFile);
        String version = PipelineVersion.compute(home.resolve("annotators"), file);
        this.processor = new DocumentProcessor(StudyDraftPipeline.assemble(home, file), version);
    }

    @Override
    public Result predict(GoldLabel label, RawDocument raw) {
        CachedResult r = processor.process(label.id(), raw.path(), label.doc(), raw.bytes(), EntryBuilder.sha256(raw.bytes()), List.of());
        return r.rejected() ? Result.missing("rejected by the pipeline: " + r.rejectReason()) : Result.of(new Prediction(r.entry()));
    }

    @Override
    public String describe() {
        return "pipeline " + processor.pipeline().name() + " " + processor.version();
    }

    public String version() {
        return processor.version();
    }
}
