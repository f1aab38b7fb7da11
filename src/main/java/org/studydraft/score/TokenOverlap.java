package org.studydraft.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Token multisets and their overlap, for comparing sentences and clean text with gold. A token is a run of letters
 * or digits after NFKC normalisation, case folded: whitespace, punctuation and dash or quote styles (which cleaning
 * may change) never make two texts differ.
 */
public final class TokenOverlap {
    private TokenOverlap() {
    }

    public static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The size of the multiset intersection of two token lists. */
    public static int common(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : b) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                common++;
                counts.put(t, n - 1);
            }
        }
        return common;
    }

    /** The tokens of {@code a} left over after taking away those of {@code b} (multiset difference, in order). */
    public static List<String> missing(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(t -> counts.merge(t, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String t : a) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                counts.put(t, n - 1);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Token F1 (Dice over multisets) of two texts: 1 for the same words, 0 for none shared. */
    public static double f1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1.0;
        }
        return 2.0 * common(ta, tb) / (ta.size() + tb.size());
    }

    /** Gold tokens against predicted tokens as multisets: tp shared, fp only predicted, fn only gold. */
    public static Prf compare(List<String> gold, List<String> predicted) {
        int common = common(gold, predicted);
        return new Prf(common, predicted.size() - common, gold.size() - common);
    }
}
