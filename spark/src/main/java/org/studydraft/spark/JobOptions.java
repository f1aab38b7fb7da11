package org.studydraft.spark;

import java.nio.file.Path;

/**
 * Settings of one Spark job. {@code home} and {@code pipelineFile} are kept as given (see {@link PipelineKey});
 * {@code pipelineFile} may be null for the default. {@code partitions} 0 means four per core of the session.
 * {@code linkMax}: the most entries whose study links are computed (see {@link StudyLinks}).
 */
public record JobOptions(String in, InputFormat format, String out, Path home, Path pipelineFile, int partitions,
                         long maxBytes, double timeLimitSeconds, long linkMax) {
}
