package org.studydraft.draft;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A curated wording rule: a risky phrase, how serious it is, where it applies ({@code draft}, {@code source} or
 * {@code both}), the designs for which the wording is acceptable (causal verbs after an RCT), and the message.
 */
public record WordingRule(String name, String severity, String appliesTo, Set<String> allowedDesigns, Pattern pattern, String message) {
    public boolean critical() {
        return severity.equals("critical");
    }
}
