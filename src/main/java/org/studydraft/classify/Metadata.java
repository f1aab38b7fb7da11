package org.studydraft.classify;

import java.util.List;
import org.studydraft.core.Span;

/** Bibliographic facts the text states about the paper it describes; null when not found. */
public record Metadata(String title, List<String> authors, String journal, Integer year, String pmid, String doi,
                       String url, boolean retracted, Span titleSpan, Span retractionSpan) {
}
