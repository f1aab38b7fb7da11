package org.studydraft.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faithfulness guard: a draft may only state numbers that occur in the source. Numbers are compared as
 * written tokens with thousands separators removed ("1,234" = "1234", ".45" = "0.45").
 */
public final class NumberGuard {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)");
    private final Set<String> sourceNumbers;

    public NumberGuard(String source) {
        this.sourceNumbers = numbers(source);
    }

    public static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(canonical(m.group(1)));
        }
        return out;
    }

    static String canonical(String n) {
        String s = n.replace(",", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith(".")) {
            s = "0" + s;
        }
        return s;
    }

    /** Numbers in {@code draftText} that the source never states. */
    public List<String> unsupported(String draftText) {
        return numbers(draftText).stream().filter(n -> !sourceNumbers.contains(n)).sorted().toList();
    }

    public boolean faithful(String draftText) {
        return unsupported(draftText).isEmpty();
    }
}
