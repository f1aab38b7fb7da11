package org.studydraft.classify;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.regex.Pattern;

/**
 * Counts written as digits ("1,234") or words ("fifty-six", "one hundred and twenty"); word forms are turned
 * into numbers by CoreNLP's NumberNormalizer rather than a home-made table.
 */
public final class NumberWords {
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A count in digits or English number words (regex fragment, no groups). */
    public static final String COUNT = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d{1,3}(?:\\.\\d{3})+(?= [\\p{L}])|\\d+|(?:(?:" + TENS + ")"
            + "(?:[- ](?:" + UNITS + "))?|" + UNITS + "|" + TEENS + ")(?: hundred(?: and [a-z-]+)?)?)";
    /** Quick test that a text may hold a count at all (a digit or the start of a number word). */
    private static final Pattern ANY = Pattern.compile("(?i)\\d|\\b(?:" + UNITS + "|" + TEENS + "|" + TENS + ")");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:[, .]\\d{3})+|\\d+");

    private NumberWords() {
    }

    /** False when {@code text} cannot hold a count: the many sentences without one skip every count pattern. */
    public static boolean mayHoldCount(CharSequence text) {
        return ANY.matcher(text).find();
    }

    /** The value of a count matched by {@link #COUNT}, or null. */
    public static Integer value(String count) {
        String c = count.strip();
        if (DIGITS.matcher(c).matches()) {
            try {
                return Integer.valueOf(c.replace(",", "").replace(" ", "").replace(".", ""));
            } catch (NumberFormatException tooBig) {
                return null;
            }
        }
        try {
            Number n = NumberNormalizer.wordToNumber(c.toLowerCase(java.util.Locale.ROOT));
            return n == null ? null : n.intValue();
        } catch (RuntimeException notANumber) {
            return null;
        }
    }
}
