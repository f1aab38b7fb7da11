package org.studydraft.extract;

import org.studydraft.core.Span;

/**
 * A lexicon match: its type, the text as written, the canonical name it normalises to, the concept id and the
 * span in the clean text. {@code via} says how it was found: "lexicon", or "abbreviation" for a short form
 * resolved through its definition in the same text.
 */
public record Entity(String type, String text, String normalized, String conceptId, Span span, String via) {
}
