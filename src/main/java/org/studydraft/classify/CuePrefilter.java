package org.studydraft.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Says in one pass over a text which patterns of a cue set can possibly match it: an Aho-Corasick automaton over
 * the literal sets {@link CueLiterals} derived from each pattern (a pattern is a candidate when a literal of each
 * of its sets occurs), run over the text folded the way case-insensitive
 * Unicode matching folds it ({@code toLowerCase(toUpperCase(c))}, so "K" and the Kelvin sign both read "k";
 * characters beyond the literals' alphabet read as one symbol that restarts the automaton). A
 * pattern without literals is always a candidate. Immutable and safe to share between threads.
 */
final class CuePrefilter {
    private final int patterns;
    private final int words;
    /** The requirements (literal sets) each pattern has, as bits over all requirements; empty for none. */
    private final long[][] masks;
    /**
     * Symbol of each character of a text, after folding (see {@link #fold}); 0, for characters no literal uses,
     * leads back to the start.
     */
    private final char[] symbol = new char[Character.MAX_VALUE + 1];
    private final int symbols;
    /** Next state by state * symbols + symbol. */
    private final int[] next;
    /** The requirements a literal ending in a state meets (including shorter literals ending there); null for none. */
    private final long[][] out;

    /** {@code requirements.get(i)} are pattern i's literal sets (empty: always a candidate). */
    CuePrefilter(List<List<Set<String>>> requirements) {
        this.patterns = requirements.size();
        List<Set<String>> literals = new ArrayList<>();
        this.masks = new long[patterns][];
        int total = requirements.stream().mapToInt(List::size).sum();
        this.words = Math.max(1, (total + 63) / 64);
        for (int i = 0; i < patterns; i++) {
            masks[i] = new long[words];
            for (Set<String> set : requirements.get(i)) {
                int r = literals.size();
                masks[i][r >>> 6] |= 1L << r;
                literals.add(set);
            }
        }
        int n = literals.size();
        int used = 1;
        for (int i = 0; i < n; i++) {
            Set<String> lits = literals.get(i);
            for (String lit : lits) {
                for (int k = 0; k < lit.length(); k++) {
                    char c = lit.charAt(k);
                    if (symbol[c] == 0) {
                        symbol[c] = (char) used++;
                    }
                }
            }
        }
        this.symbols = used;
        // Fold once per character here, not once per character of every text scanned.
        char[] literalSymbol = symbol.clone();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            symbol[c] = literalSymbol[fold((char) c)];
        }
        // The trie, then the failure links turned into a full transition table (breadth first).
        List<int[]> trie = new ArrayList<>();
        List<long[]> outs = new ArrayList<>();
        trie.add(new int[symbols]);
        outs.add(null);
        for (int i = 0; i < n; i++) {
            for (String lit : literals.get(i)) {
                int state = 0;
                for (int k = 0; k < lit.length(); k++) {
                    int s = literalSymbol[lit.charAt(k)];
                    if (trie.get(state)[s] == 0) {
                        trie.get(state)[s] = trie.size();
                        trie.add(new int[symbols]);
                        outs.add(null);
                    }
                    state = trie.get(state)[s];
                }
                long[] o = outs.get(state);
                if (o == null) {
                    o = new long[words];
                    outs.set(state, o);
                }
                o[i >>> 6] |= 1L << i;
            }
        }
        int states = trie.size();
        int[] fail = new int[states];
        this.next = new int[states * symbols];
        this.out = new long[states][];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s = 1; s < symbols; s++) {
            int child = trie.get(0)[s];
            next[s] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        out[0] = outs.get(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            long[] own = outs.get(state);
            long[] inherited = out[fail[state]];
            out[state] = union(own, inherited);
            for (int s = 1; s < symbols; s++) {
                int child = trie.get(state)[s];
                if (child != 0) {
                    fail[child] = next[fail[state] * symbols + s];
                    next[state * symbols + s] = child;
                    queue.add(child);
                } else {
                    next[state * symbols + s] = next[fail[state] * symbols + s];
                }
            }
        }
    }

    private static long[] union(long[] a, long[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        long[] u = a.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] |= b[i];
        }
        return u;
    }

    /** The patterns that can match {@code text}, as a bit set over their indexes. */
    long[] candidates(CharSequence text) {
        long[] hits = new long[words];
        int state = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            state = next[state * symbols + symbol[text.charAt(i)]];
            long[] o = out[state];
            if (o != null) {
                for (int w = 0; w < words; w++) {
                    hits[w] |= o[w];
                }
            }
        }
        long[] candidates = new long[(patterns + 63) / 64 + 1];
        for (int i = 0; i < patterns; i++) {
            if (allSet(masks[i], hits)) {
                candidates[i >>> 6] |= 1L << i;
            }
        }
        return candidates;
    }

    private static boolean allSet(long[] mask, long[] hits) {
        for (int w = 0; w < mask.length; w++) {
            if ((mask[w] & ~hits[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The character case-insensitive Unicode matching compares (ASCII lower-cases directly). */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static boolean has(long[] bits, int index) {
        return (bits[index >>> 6] >>> index & 1) != 0;
    }

    @Override
    public String toString() {
        return "CuePrefilter[" + patterns + " patterns, " + next.length / symbols + " states]";
    }
}
