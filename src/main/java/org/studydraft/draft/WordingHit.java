package org.studydraft.draft;

/** One wording rule hit: where ({@code source} clean text or a draft section), the matched text and its offsets there. */
public record WordingHit(String rule, String severity, String where, String text, int start, int end, String message) {
}
