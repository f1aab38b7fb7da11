package org.studydraft.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison key of a term, as the gold guide defines it: case folded, Greek letters spelled out
 * (κ→kappa, α→alpha, β→beta, γ→gamma ...), hyphens, spaces and dots removed; diacritics are dropped too so
 * "Sjögren" and "Sjogren" meet. Used both by the lexicon matcher (per character, to keep offsets) and by the scorer.
 */
public final class TermKey {
    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('µ', "mu"), Map.entry('ω', "omega"), Map.entry('θ', "theta"), Map.entry('σ', "sigma"),
            Map.entry('τ', "tau"), Map.entry('η', "eta"), Map.entry('ζ', "zeta"), Map.entry('ξ', "xi"),
            Map.entry('π', "pi"), Map.entry('ρ', "rho"), Map.entry('φ', "phi"), Map.entry('χ', "chi"),
            Map.entry('ψ', "psi"), Map.entry('ν', "nu"), Map.entry('ι', "iota"), Map.entry('ο', "omicron"),
            Map.entry('υ', "upsilon"), Map.entry('Δ', "delta"), Map.entry('Ω', "omega"), Map.entry('Σ', "sigma"));

    private TermKey() {
    }

    /** The key of a whole term. */
    public static String of(String term) {
        StringBuilder sb = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            String piece = fold(term.charAt(i), true);
            if (piece != null) {
                sb.append(piece);
            }
        }
        return sb.toString();
    }

    /** The key of a term without case folding (for aliases that must match with their exact case). */
    public static String ofExactCase(String term) {
        StringBuilder sb = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            String piece = fold(term.charAt(i), false);
            if (piece != null) {
                sb.append(piece);
            }
        }
        return sb.toString();
    }

    /** What one character contributes to a key: null when it is ignored (space, hyphen, dot). */
    static String fold(char c, boolean foldCase) {
        if (isIgnorable(c)) {
            return null;
        }
        String greek = GREEK.get(foldCase ? Character.toLowerCase(c) : c);
        if (greek == null && !foldCase) {
            greek = GREEK.get(Character.toLowerCase(c));
        }
        if (greek != null) {
            return greek;
        }
        if (c < 128) {
            return String.valueOf(foldCase ? Character.toLowerCase(c) : c);
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (base.equals("ß")) {
            base = "ss";
        }
        return foldCase ? base.toLowerCase(Locale.ROOT) : base;
    }

    static boolean isIgnorable(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u2014' || c == '\u00A0' || c == '\u2212' || c == '\n' || c == '\t';
    }
}
