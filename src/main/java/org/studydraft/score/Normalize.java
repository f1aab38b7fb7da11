package org.studydraft.score;

import java.util.Locale;

/** How bibliographic fields are compared: what differences in writing do not make a title, PMID or DOI different. */
public final class Normalize {
    private Normalize() {
    }

    /** Case folded, whitespace collapsed, trailing punctuation dropped ("Title." = "title"). */
    public static String title(String t) {
        if (t == null) {
            return null;
        }
        String s = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[\\p{Punct}\\s\u2026]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** Digits only; "PMID: 123" = "123". */
    public static String pmid(String p) {
        if (p == null) {
            return null;
        }
        String s = p.strip().replaceFirst("(?i)^pmid:?\\s*", "");
        return s.isEmpty() ? null : s;
    }

    /** Case-insensitive, without a resolver prefix ("https://doi.org/", "doi:") or a trailing dot. */
    public static String doi(String d) {
        if (d == null) {
            return null;
        }
        String s = d.strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://(dx\\.)?doi\\.org/", "")
                .replaceFirst("^doi:\\s*", "")
                .replaceFirst("\\.$", "");
        return s.isEmpty() ? null : s;
    }
}
