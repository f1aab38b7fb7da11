package org.studydraft.core;

import java.util.Set;

/**
 * One pipeline stage: does one job on a {@link Document}. Like a CoreNLP annotator it declares the layers it
 * needs and the layers it provides, so a pipeline can be checked when it is assembled rather than mid-run.
 * Implementations are built once per process (heavy resources load in the constructor) and must be safe to
 * call from several worker threads at once.
 */
public interface Stage {
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    void process(Document doc);
}
