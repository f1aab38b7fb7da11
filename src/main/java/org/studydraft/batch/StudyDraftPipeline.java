package org.studydraft.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.studydraft.classify.ConditionStage;
import org.studydraft.classify.DesignStage;
import org.studydraft.classify.KindStage;
import org.studydraft.classify.MetadataStage;
import org.studydraft.classify.PemStage;
import org.studydraft.classify.RubricStage;
import org.studydraft.classify.SampleStage;
import org.studydraft.classify.SentenceRoleStage;
import org.studydraft.clean.CleanStage;
import org.studydraft.clean.LanguageStage;
import org.studydraft.core.Pipeline;
import org.studydraft.core.PipelineException;
import org.studydraft.core.StageRegistry;
import org.studydraft.draft.DraftStage;
import org.studydraft.draft.WordingStage;
import org.studydraft.extract.AbbreviationStage;
import org.studydraft.extract.EntityStage;
import org.studydraft.extract.StatisticStage;
import org.studydraft.segment.SegmentStage;

/** The stages StudyDraft knows by name, and the one way every command (run, score, bench) builds a pipeline. */
public final class StudyDraftPipeline {
    private StudyDraftPipeline() {
    }

    public static StageRegistry registry() {
        return new StageRegistry()
                .register("clean", CleanStage::new)
                .register("language", LanguageStage::new)
                .register("segment", SegmentStage::new)
                .register("abbreviations", AbbreviationStage::new)
                .register("entities", EntityStage::new)
                .register("statistics", StatisticStage::new)
                .register("metadata", MetadataStage::new)
                .register("kind", KindStage::new)
                .register("roles", SentenceRoleStage::new)
                .register("design", DesignStage::new)
                .register("sample", SampleStage::new)
                .register("pem", PemStage::new)
                .register("conditions", ConditionStage::new)
                .register("rubric", RubricStage::new)
                .register("draft", DraftStage::new)
                .register("wording", WordingStage::new);
    }

    /** The pipeline definition file: an explicit path, or {@code pipeline/default.properties} under the project home. */
    public static Path pipelineFile(Path home, Path explicit) {
        Path f = explicit != null ? explicit : home.resolve("pipeline/default.properties");
        if (!Files.isRegularFile(f)) {
            throw new PipelineException("pipeline definition not found: " + f);
        }
        return f;
    }

    public static Pipeline assemble(Path home, Path pipelineFile) {
        return Pipeline.assemble(Pipeline.readProperties(pipelineFile), annotatorsDir(home, pipelineFile), registry());
    }

    /** The curated resources folder the pipeline file names ({@code annotators = ...}), under the project home. */
    public static Path annotatorsDir(Path home, Path pipelineFile) {
        return home.resolve(Pipeline.readProperties(pipelineFile).getProperty("annotators", "annotators").trim());
    }

    /** The version of the pipeline this definition assembles, without assembling it (no model is loaded). */
    public static String version(Path home, Path pipelineFile) {
        return PipelineVersion.compute(annotatorsDir(home, pipelineFile), pipelineFile);
    }
}
