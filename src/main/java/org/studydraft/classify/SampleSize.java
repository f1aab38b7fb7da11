package org.studydraft.classify;

import java.util.List;
import org.studydraft.core.Span;

/** The participants of the described study: total, groups as stated in text order, evidence and the rule used. */
public record SampleSize(Integer total, List<Group> groups, List<Span> evidence, String reason) {
    /** One stated group: its label as written and its size. */
    public record Group(String label, int n) {
    }
}
