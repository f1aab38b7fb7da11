package org.studydraft.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Says in one pass over a text which patterns of a cue set can possibly match it: an Aho-Corasick automaton over
 * the literals {@link CueLiterals} derived from each pattern, run over the text folded the way case-insensitive
 * Unicode matching folds it ({@code toLowerCase(toUpperCase(c))}, so "K" and the Kelvin sign both read "k";
 * characters beyond the literals' alphabet read as one symbol that restarts the automaton). A
 * pattern without literals is always a candidate. Immutable and safe to share between threads.
 */
final class CuePrefilter {
    private final int words;
    private final long[] always;
    /** Symbol of each character after folding; 0, for characters no literal uses, leads back to the start. */
    private final char[] symbol = new char[Character.MAX_VALUE + 1];
    private final int symbols;
    /** Next state by state * symbols + symbol. */
    private final int[] next;
    /** The patterns a literal ending in a state announces (including shorter literals ending there); null for none. */
    private final long[][] out;

    /** {@code literals.get(i)} are pattern i's literals, or null when it has none. */
    CuePrefilter(List<Set<String>> literals) {
        int n = literals.size();
        this.words = Math.max(1, (n + 63) / 64);
        this.always = new long[words];
        int used = 1;
        for (int i = 0; i < n; i++) {
            Set<String> lits = literals.get(i);
            if (lits == null) {
                always[i >>> 6] |= 1L << i;
                continue;
            }
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
        // The trie, then the failure links turned into a full transition table (breadth first).
        List<int[]> trie = new ArrayList<>();
        List<long[]> outs = new ArrayList<>();
        trie.add(new int[symbols]);
        outs.add(null);
        for (int i = 0; i < n; i++) {
            Set<String> lits = literals.get(i);
            if (lits == null) {
                continue;
            }
            for (String lit : lits) {
                int state = 0;
                for (int k = 0; k < lit.length(); k++) {
                    int s = symbol[lit.charAt(k)];
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
        long[] hits = always.clone();
        int state = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            state = next[state * symbols + symbol[fold(text.charAt(i))]];
            long[] o = out[state];
            if (o != null) {
                for (int w = 0; w < words; w++) {
                    hits[w] |= o[w];
                }
            }
        }
        return hits;
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
        return "CuePrefilter[" + next.length / symbols + " states, always " + Arrays.toString(always) + "]";
    }
}
