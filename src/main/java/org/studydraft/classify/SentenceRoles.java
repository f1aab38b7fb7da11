package org.studydraft.classify;

import java.util.List;

/**
 * One role per sentence (background, aim, method, finding, conclusion, limitation, heading, other) and the
 * section heading each sentence falls under ("methods", "results"... or "" before any heading).
 */
public record SentenceRoles(List<String> roles, List<String> sections) {
    public String role(int i) {
        return roles.get(i);
    }

    public String section(int i) {
        return sections.get(i);
    }

    public int size() {
        return roles.size();
    }
}
