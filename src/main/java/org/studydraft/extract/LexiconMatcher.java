package org.studydraft.extract;

import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Span;

/**
 * Longest-match dictionary lookup over the clean text: from every word start, walk the folded trie with the
 * {@link TermKey} folding of each character (so case, hyphens, spaces, dots and Greek letters do not matter) and
 * the exact-case trie with the characters as written,
 * keep the longest match that ends at a word end (never inside a word), allow a plural "s", and continue after it.
 * Matches never cross a paragraph break or the end of a heading or list item; a single line break inside running
 * text (hard-wrapped scrapes) counts as a space for the folded aliases.
 */
public final class LexiconMatcher {
    private final Lexicon lexicon;
    private final java.util.Set<String> measureWords;

    public LexiconMatcher(Lexicon lexicon) {
        this(lexicon, java.util.Set.of());
    }

    /** {@code measureWords} may follow a biomarker and then belong to its text ("IL-6 levels"). */
    public LexiconMatcher(Lexicon lexicon, java.util.Set<String> measureWords) {
        this.lexicon = lexicon;
        this.measureWords = java.util.Set.copyOf(measureWords);
    }

    public List<Entity> match(String text) {
        List<Entity> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Match folded = walk(text, i, lexicon.foldedRoot(), true);
            Match exact = walk(text, i, lexicon.exactRoot(), false);
            Match best = folded == null ? exact : (exact == null || folded.end >= exact.end ? folded : exact);
            if (best == null) {
                i++;
                continue;
            }
            LexiconEntry e = best.entry;
            int end = e.type().equals("biomarker") ? withMeasureWord(text, best.end) : best.end;
            out.add(new Entity(e.type(), text.substring(i, end), e.canonical(), e.conceptId(), new Span(i, end), "lexicon"));
            i = end;
        }
        return out;
    }

    /** The end of a following measure word ("levels", "volume") on the same line, or {@code end} itself. */
    private int withMeasureWord(String text, int end) {
        if (measureWords.isEmpty() || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return measureWords.contains(text.substring(end + 1, j).toLowerCase(java.util.Locale.ROOT)) ? j : end;
    }

    private record Match(LexiconEntry entry, int end) {
    }

    private static Match walk(String text, int start, Lexicon.Node root, boolean foldCase) {
        Lexicon.Node node = root;
        Match best = null;
        int n = text.length();
        for (int j = start; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n' && !(foldCase && isSoftWrap(text, j))) {
                break;
            }
            String piece = foldCase ? TermKey.fold(c, true) : String.valueOf(c);
            if (piece == null) {
                continue;
            }
            for (int k = 0; k < piece.length() && node != null; k++) {
                node = node.next.get(piece.charAt(k));
            }
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                int end = j + 1;
                if (end >= n || !isWordChar(text.charAt(end))) {
                    best = new Match(node.entry, end);
                } else if ((text.charAt(end) == 's' || text.charAt(end) == 'S')
                        && (end + 1 >= n || !isWordChar(text.charAt(end + 1))) && Character.isLetter(c)) {
                    best = new Match(node.entry, end + 1);
                }
            }
        }
        return best;
    }

    /**
     * A single line break inside running text (a hard-wrapped line: "post-exertional\nmalaise"), as opposed to a
     * paragraph break or the end of a heading or list item, which a match never crosses: the line break must sit
     * between a word or hyphen and a lower-case word.
     */
    static boolean isSoftWrap(String text, int nl) {
        if (nl == 0 || nl + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(nl - 1);
        char after = text.charAt(nl + 1);
        return (isWordChar(before) || before == '-') && Character.isLowerCase(after);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
