package org.studydraft.extract;

import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Span;

/**
 * Coordinated terms that share a word the text writes only once. A matched term's head is shared with the
 * modifiers coordinated before it ("cognitive and sensory dysfunction", "mean/axial/radial diffusivity",
 * "Canadian and International Consensus Criteria"), and its modifier with the heads coordinated after it
 * ("sensitivity to noise and light", "neurite dispersion and density", "blood pressure and flow"). Each
 * reconstructed term ("cognitive dysfunction", "sensitivity to light") becomes an entity when it is itself a
 * lexicon alias of the same type; its span is the conjunct as written. A conjunct that already is, or is part of, an
 * entity of its own is left alone, so "fatigue and pain" never reads "pain" as part of anything else.
 */
final class CoordinationExpander {
    /** Connectors between conjuncts, longest first so "and/or" is not read as "or". */
    private static final List<String> CONNECTORS = List.of("and/or", ", and", ", or", "and", "or", "&", ",", "/");
    /** How many conjuncts one shared word may reach ("A, B, C and D X"). */
    private static final int MAX_CONJUNCTS = 4;

    private final Lexicon lexicon;

    CoordinationExpander(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Entities for the conjuncts of coordinations around {@code found}, which is not changed. */
    List<Entity> expand(String text, List<Entity> found) {
        List<Entity> added = new ArrayList<>();
        for (Entity e : found) {
            String written = e.span().of(text);
            int firstSpace = firstSpace(written);
            if (firstSpace < 0 || written.indexOf('\n') >= 0) {
                continue;
            }
            List<String> heads = heads(written.substring(firstSpace + 1));
            String modifier = written.substring(0, written.lastIndexOf(' '));
            int pos = e.span().start();
            for (int k = 0; k < MAX_CONJUNCTS; k++) {
                Span word = conjunctBefore(text, pos);
                if (word == null || heads.stream().noneMatch(h -> addIfTerm(text, word, word.of(text) + " " + h, e, found, added))) {
                    break;
                }
                pos = word.start();
            }
            pos = e.span().end();
            for (int k = 0; k < MAX_CONJUNCTS; k++) {
                Span word = conjunctAfter(text, pos);
                if (word == null || !addIfTerm(text, word, modifier + " " + word.of(text), e, found, added)) {
                    break;
                }
                pos = word.end();
            }
        }
        return added;
    }

    /**
     * The shared head and its shorter forms, longest first: the matched term may carry words the conjunct's own
     * term lacks ("International Consensus Criteria for ME" shares "Consensus Criteria" with "Canadian").
     */
    private static List<String> heads(String head) {
        List<String> out = new ArrayList<>();
        for (String h = head; !h.isEmpty(); h = h.lastIndexOf(' ') < 0 ? "" : h.substring(0, h.lastIndexOf(' '))) {
            out.add(h);
        }
        return out;
    }

    private boolean addIfTerm(String text, Span word, String term, Entity like, List<Entity> found, List<Entity> added) {
        if (found.stream().anyMatch(f -> f.span().overlaps(word)) || added.stream().anyMatch(f -> f.span().overlaps(word))) {
            return false;
        }
        LexiconEntry entry = lookup(term);
        if (entry == null && term.endsWith("s")) {
            entry = lookup(term.substring(0, term.length() - 1));
        }
        if (entry == null || !entry.type().equals(like.type())) {
            return false;
        }
        added.add(new Entity(entry.type(), word.of(text), entry.canonical(), entry.conceptId(), word, "coordination"));
        return true;
    }

    private LexiconEntry lookup(String term) {
        return aliasEntry(lexicon, term);
    }

    /** The entry one of whose (case-insensitive) aliases is exactly {@code term} after folding, or null. */
    static LexiconEntry aliasEntry(Lexicon lexicon, String term) {
        Lexicon.Node node = lexicon.foldedRoot();
        String key = TermKey.of(term);
        for (int i = 0; i < key.length() && node != null; i++) {
            node = node.next.get(key.charAt(i));
        }
        return node == null ? null : node.entry;
    }

    /** The word before a connector that ends at {@code pos} ("cognitive" in "cognitive and |sensory"), or null. */
    static Span conjunctBefore(String text, int pos) {
        int end = skipSpacesBack(text, pos);
        String connector = CONNECTORS.stream().filter(c -> endsWithConnector(text, end, c)).findFirst().orElse(null);
        if (connector == null) {
            return null;
        }
        int wordEnd = skipSpacesBack(text, end - connector.length());
        int wordStart = wordEnd;
        while (wordStart > 0 && isConjunctChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < wordEnd && Character.isLetterOrDigit(text.charAt(wordStart)) ? new Span(wordStart, wordEnd) : null;
    }

    /** The word after a connector that starts at {@code pos} ("light" in "noise| and light"), or null. */
    static Span conjunctAfter(String text, int pos) {
        int start = skipSpaces(text, pos);
        String connector = CONNECTORS.stream().filter(c -> startsWithConnector(text, start, c)).findFirst().orElse(null);
        if (connector == null) {
            return null;
        }
        int wordStart = skipSpaces(text, start + connector.length());
        int wordEnd = wordStart;
        while (wordEnd < text.length() && isConjunctChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        while (wordEnd > wordStart && !Character.isLetterOrDigit(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        return wordStart < wordEnd ? new Span(wordStart, wordEnd) : null;
    }

    private static boolean endsWithConnector(String text, int end, String c) {
        int start = end - c.length();
        if (start < 0 || !text.startsWith(c, start)) {
            return false;
        }
        // A word connector stands alone: "and" is not the end of "band".
        return !Character.isLetter(c.charAt(0)) || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }

    private static boolean startsWithConnector(String text, int start, String c) {
        if (!text.startsWith(c, start)) {
            return false;
        }
        int end = start + c.length();
        return !Character.isLetter(c.charAt(c.length() - 1)) || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static int skipSpacesBack(String text, int pos) {
        while (pos > 0 && text.charAt(pos - 1) == ' ') {
            pos--;
        }
        return pos;
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static int firstSpace(String s) {
        return s.indexOf(' ');
    }

    /** Characters of one conjunct word: letters, digits and the joiners of names such as "CD4+" or "IL-6". */
    private static boolean isConjunctChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '\'' || c == '\u2019';
    }
}
