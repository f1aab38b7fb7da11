package org.studydraft.clean;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * A cheap test for plainly English text: the share of its words that are common English function words
 * ("the", "of", "and", ...) against the share that are function words of other languages, from
 * {@code annotators/clean/function-words.tsv}. English prose is a fifth or more function words, other languages'
 * prose almost none of them; a sample that is neither clearly one nor the other (page chrome, mixed languages)
 * is left to the statistical model, so the check only ever saves time.
 */
final class FunctionWordCheck {
    static final String ENGLISH = "eng";

    /** Whether a word is an English function word (true) or another language's (false); absent: neither. */
    private final Map<String, Boolean> english;
    private final int minWords;
    private final double minEnglishShare;
    private final double maxOtherShare;

    FunctionWordCheck(Map<String, Boolean> english, int minWords, double minEnglishShare, double maxOtherShare) {
        this.english = Map.copyOf(english);
        this.minWords = minWords;
        this.minEnglishShare = minEnglishShare;
        this.maxOtherShare = maxOtherShare;
    }

    static FunctionWordCheck load(Path file, int minWords, double minEnglishShare, double maxOtherShare) {
        Map<String, Boolean> words = new HashMap<>();
        for (String[] row : Resources.readTsv(file, 2)) {
            String word = row[1].toLowerCase(Locale.ROOT);
            boolean isEnglish = row[0].equals(ENGLISH);
            Boolean before = words.put(word, isEnglish);
            // a word shared by two other languages ("des") is fine; one listed as English and as not is a mistake
            if (word.isEmpty() || before != null && before != isEnglish) {
                throw new PipelineException(file + ": empty function word, or listed both as English and not: '" + row[1] + "'");
            }
        }
        return new FunctionWordCheck(words, minWords, minEnglishShare, maxOtherShare);
    }

    /** The English share of {@code sample}'s words when it is plainly English, else -1 (not conclusive). */
    double englishShare(CharSequence sample) {
        int words = 0;
        int englishWords = 0;
        int otherWords = 0;
        StringBuilder word = new StringBuilder(16);
        int n = sample.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                words++;
                Boolean isEnglish = english.get(word.toString());
                if (isEnglish != null) {
                    if (isEnglish) {
                        englishWords++;
                    } else {
                        otherWords++;
                    }
                }
                word.setLength(0);
            }
        }
        if (words < minWords) {
            return -1;
        }
        double share = (double) englishWords / words;
        return share >= minEnglishShare && (double) otherWords / words <= maxOtherShare ? share : -1;
    }
}
