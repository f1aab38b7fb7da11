package org.studydraft.score;

import java.util.List;

/**
 * Findings and conclusions: a predicted sentence matches a gold sentence when their token F1 is at least 0.6, so a
 * sentence split or merged a little differently by the segmenter still counts, a different sentence does not.
 * One-to-one.
 */
public final class SentenceMatcher {
    public static final double MIN_OVERLAP = 0.6;

    private SentenceMatcher() {
    }

    public static boolean matches(String gold, String predicted) {
        return TokenOverlap.f1(gold, predicted) >= MIN_OVERLAP;
    }

    public static Matching<String, String> match(List<String> gold, List<String> predicted) {
        return Matching.of(gold, predicted, SentenceMatcher::matches);
    }
}
