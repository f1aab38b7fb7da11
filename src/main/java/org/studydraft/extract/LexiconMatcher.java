package org.studydraft.extract;

import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Span;

/**
 * Longest-match dictionary lookup over the clean text: from every word start, walk the folded trie with the
 * {@link TermKey} folding of each character (so case, hyphens, spaces, dots and Greek letters do not matter) and
 * the exact-case trie with the characters as written,
 * keep the longest match that ends at a word end (never inside a word), allow a plural "s", and continue after it.
 * Matches never cross a line break.
 */
public final class LexiconMatcher {
    private final Lexicon lexicon;

    public LexiconMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
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
            out.add(new Entity(e.type(), text.substring(i, best.end), e.canonical(), e.conceptId(), new Span(i, best.end), "lexicon"));
            i = best.end;
        }
        return out;
    }

    private record Match(LexiconEntry entry, int end) {
    }

    private static Match walk(String text, int start, Lexicon.Node root, boolean foldCase) {
        Lexicon.Node node = root;
        Match best = null;
        int n = text.length();
        for (int j = start; j < n; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
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

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
