package org.studydraft.core;

/** The pipeline cannot be assembled or a resource cannot be read: the run itself cannot proceed. */
public class PipelineException extends RuntimeException {
    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
