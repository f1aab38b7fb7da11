package org.studydraft.segment;

import java.util.List;
import org.studydraft.core.Span;

/** Sentence and token spans of the clean text, in text order; {@code tokenSentence[i]} is token i's sentence. */
public record Sentences(List<Span> sentences, List<Span> tokens, int[] firstToken) {

    /** Index of the sentence that contains {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public int size() {
        return sentences.size();
    }

    public Span get(int i) {
        return sentences.get(i);
    }
}
