package org.studydraft.clean;

import java.text.Normalizer;

/**
 * Unicode and whitespace normalisation: NFC, no-break and exotic spaces to plain spaces, zero-width and bidi
 * control characters removed, all newline styles to '\n', runs of spaces folded, lines trimmed, at most one
 * blank line in a row. Letters, Greek symbols, superscripts and dashes are kept as written so that spans quote
 * the source faithfully.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int blankRun = 0;
        int len = s.length();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? s.charAt(i) : '\n';
            if (c == '\r') {
                if (i + 1 < len && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String t = line.toString().strip();
                line.setLength(0);
                if (t.isEmpty()) {
                    blankRun++;
                    continue;
                }
                if (out.length() > 0) {
                    out.append(blankRun > 0 ? "\n\n" : "\n");
                }
                out.append(t);
                blankRun = 0;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\t') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            line.append(c);
        }
        return out.toString();
    }

    /** Zero-width characters, soft hyphens, byte-order marks and bidi controls: invisible, never content. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069');
    }
}
