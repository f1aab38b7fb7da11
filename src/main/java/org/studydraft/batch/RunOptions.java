package org.studydraft.batch;

import java.nio.file.Path;

/** Settings of one batch run. */
public record RunOptions(Path in, Path out, Path home, Path pipelineFile, boolean force, int threads, long maxBytes,
                         double timeLimitSeconds, String generatedDate, boolean quiet) {
}
