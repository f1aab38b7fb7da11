package org.studydraft.classify;

import java.util.List;
import org.studydraft.core.Span;

/** A case definition used to select participants, by its gold name (Fukuda, CCC, ICC, IOM...), with evidence. */
public record CaseDefinition(String name, List<Span> evidence) {
}
