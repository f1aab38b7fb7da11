package org.studydraft.testutil;

import java.nio.charset.StandardCharsets;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.core.Document;
import org.studydraft.core.Pipeline;

/** The project's real default pipeline, assembled once for all tests of a JVM. */
public final class Pipelines {
    private static Pipeline pipeline;

    private Pipelines() {
    }

    public static synchronized Pipeline standard() {
        if (pipeline == null) {
            pipeline = StudyDraftPipeline.assemble(ProjectHome.locate(), StudyDraftPipeline.pipelineFile(ProjectHome.locate(), null));
        }
        return pipeline;
    }

    /** Runs the real pipeline over an in-memory text (named .txt unless {@code name} says otherwise). */
    public static Document process(String name, String text) {
        Document doc = new Document(name, java.nio.file.Path.of(name), text.getBytes(StandardCharsets.UTF_8));
        return standard().process(doc);
    }
}
