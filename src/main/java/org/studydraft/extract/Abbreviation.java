package org.studydraft.extract;

import org.studydraft.core.Span;

/** A short form defined in the text ("natural killer (NK) cells"): the short form, its long form and their spans. */
public record Abbreviation(String shortForm, String longForm, Span shortSpan, Span longSpan) {
}
