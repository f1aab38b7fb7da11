package org.studydraft.spark;

import java.io.Serializable;

/**
 * What an executor needs to build the driver's pipeline: the project home and pipeline file as the driver was given
 * them (plain strings, so a relative home resolves in each JVM's own working folder, e.g. an archive shipped with
 * the job), and the pipeline version the driver computed, which the executor's copy of the resources must match.
 */
public record PipelineKey(String home, String pipelineFile, String version) implements Serializable {
}
