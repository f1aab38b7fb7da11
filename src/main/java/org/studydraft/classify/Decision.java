package org.studydraft.classify;

import java.util.List;
import org.studydraft.core.Span;

/**
 * A classification with its audit trail: the label, a confidence in [0, 1], the rule that decided in words a
 * reviewer understands, the spans of the clean text that support it, and any conflict worth a warning.
 */
public record Decision<T>(T label, double confidence, String reason, List<Span> evidence, List<String> warnings) {
    public Decision(T label, double confidence, String reason, List<Span> evidence) {
        this(label, confidence, reason, List.copyOf(evidence), List.of());
    }
}
