package org.studydraft.classify;

import java.util.regex.Pattern;

/** One curated cue: the label it supports, its weight, where it applies, the pattern, and why it is there. */
public record Cue(String label, double weight, String scope, Pattern pattern, String note) {
}
