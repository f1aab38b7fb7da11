package org.studydraft.extract;

import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Span;

/**
 * Schwartz &amp; Hearst (2003) abbreviation definitions: "long form (SF)". The short form has 2-10 characters,
 * at most two words, a letter, and starts with a letter or digit; the long form is the shortest run of preceding
 * words (at most min(|SF|+5, 2|SF|)) whose characters contain the short form's characters in order, the first
 * one at the start of a word.
 */
public final class AbbreviationFinder {
    private AbbreviationFinder() {
    }

    public static List<Abbreviation> find(String text, List<Span> sentences) {
        List<Abbreviation> out = new ArrayList<>();
        for (Span s : sentences) {
            String sent = s.of(text);
            int open = sent.indexOf('(');
            while (open >= 0) {
                int close = sent.indexOf(')', open + 1);
                if (close < 0) {
                    break;
                }
                String inner = sent.substring(open + 1, close);
                int cut = firstOf(inner, ';', ',');
                String sf = (cut >= 0 ? inner.substring(0, cut) : inner).strip();
                if (isShortFormCandidate(sf)) {
                    String before = sent.substring(0, open).stripTrailing();
                    String window = lastWords(before, Math.min(sf.length() + 5, sf.length() * 2));
                    String lf = bestLongForm(sf, window);
                    if (lf != null && lf.length() > sf.length() && !lf.contains("(")) {
                        int lfStart = s.start() + before.length() - lf.length();
                        int sfStart = s.start() + open + 1 + inner.indexOf(sf);
                        out.add(new Abbreviation(sf, lf, new Span(sfStart, sfStart + sf.length()),
                                new Span(lfStart, lfStart + lf.length())));
                    }
                }
                open = sent.indexOf('(', close + 1);
            }
        }
        return out;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }

    static boolean isShortFormCandidate(String sf) {
        if (sf.length() < 2 || sf.length() > 10 || sf.split("\\s+").length > 2) {
            return false;
        }
        if (!Character.isLetterOrDigit(sf.charAt(0))) {
            return false;
        }
        return sf.chars().anyMatch(Character::isLetter);
    }

    private static String lastWords(String s, int maxWords) {
        int idx = s.length();
        int words = 0;
        while (idx > 0 && words < maxWords) {
            int sp = s.lastIndexOf(' ', idx - 1);
            words++;
            idx = sp < 0 ? 0 : sp;
            if (sp < 0) {
                break;
            }
        }
        return s.substring(idx).strip();
    }

    /** The Schwartz-Hearst matching loop, from the right end of both forms. */
    static String bestLongForm(String sf, String lf) {
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(sf.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(lf.charAt(l)) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        int start = lf.lastIndexOf(' ', l) + 1;
        return lf.substring(start);
    }
}
