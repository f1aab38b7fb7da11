package org.studydraft.core;

/**
 * Thrown by a stage when a document cannot become an entry (binary content, nothing left after cleaning...).
 * The batch lists it in {@code rejected.jsonl} with {@link #reason()} and goes on with the other documents.
 */
public class DocumentRejected extends RuntimeException {
    public DocumentRejected(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
