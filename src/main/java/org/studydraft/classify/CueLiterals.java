package org.studydraft.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives from a cue's regular expression sets of lower-case literals such that every match contains at least one
 * literal of each set ({@code \b(showed|shows|found)\b} gives {showed, shows, found}; {@code \bp\s*[<=>]} gives {p};
 * {@code \b(I|my)\b[^.]{0,80}\b(think|believe)\b} gives {i, my} and {think, believe}). A cue set looks for all
 * of them in one pass over a text ({@link CuePrefilter}) and runs only the patterns whose literals occur, so the
 * curated patterns in {@code annotators/cues/} stay as they are and no one has to maintain keywords.
 *
 * <p>The analysis is conservative: whatever it does not fully understand (flags that change the syntax, unusual
 * escapes, backreferences, non-ASCII characters) counts as "could be anything" and at worst leaves a cue without
 * literals (always run), never with literals a match could lack. Lookarounds, anchors and {@code \b} match no text
 * and contribute nothing; repetitions that may occur zero times contribute nothing either.
 */
final class CueLiterals {
    /** Sets above this size are not expanded further (a cross product of alternatives grows fast). */
    private static final int MAX_SET = 64;
    /** Requirements kept per pattern. */
    private static final int MAX_REQUIREMENTS = 3;

    /**
     * What is known about the text one part of a pattern matches: {@code exact}, when not null, is every string it can
     * match (lower-cased); otherwise every match contains a string of each set in {@code all}. Null and empty:
     * nothing is known.
     */
    private record Info(Set<String> exact, List<Set<String>> all) {
        static final Info ANY = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        static Info exactly(Set<String> strings) {
            return new Info(strings, List.of());
        }

        /** The sets every match draws a string from (none when a match may be empty). */
        List<Set<String>> requirements() {
            if (exact != null) {
                return exact.contains("") ? List.of() : List.of(exact);
            }
            return all;
        }

        /** The most selective requirement, or null. */
        Set<String> needed() {
            return mostSelective(requirements());
        }
    }

    /** The pattern could not be analysed; the cue gets no literals. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final String re;
    private int pos;

    private CueLiterals(String re) {
        this.re = re;
    }

    /** The most selective set of literals one of which every match of {@code regex} contains, or null. */
    static Set<String> of(String regex) {
        return mostSelective(allOf(regex));
    }

    /** Every set of literals of which each match of {@code regex} contains one; empty when none can be derived. */
    static List<Set<String>> allOf(String regex) {
        try {
            CueLiterals parser = new CueLiterals(regex);
            Info info = parser.alternation();
            if (parser.pos != regex.length()) {
                return List.of();    // an unbalanced ')': let Pattern report it, never guess
            }
            // The most selective few are enough; "a space somewhere" would only make the automaton busier.
            return info.requirements().stream().map(Set::copyOf).distinct()
                    .sorted(java.util.Comparator.comparingInt(CueLiterals::shortest).reversed()
                            .thenComparingInt(Set::size))
                    .limit(MAX_REQUIREMENTS).toList();
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        for (Info b : branches) {
            if (b.exact() == null || exact.size() + b.exact().size() > MAX_SET) {
                exact = null;
                break;
            }
            exact.addAll(b.exact());
        }
        if (exact != null) {
            return Info.exactly(exact);
        }
        Set<String> required = new LinkedHashSet<>();
        for (Info b : branches) {
            Set<String> needed = b.needed();
            if (needed == null) {
                return Info.ANY;
            }
            required.addAll(needed);
        }
        return new Info(null, List.of(required));
    }

    /** A concatenation: runs of exactly known parts are multiplied out; what each part requires, all require. */
    private Info sequence() {
        Set<String> run = Set.of("");
        boolean broken = false;
        List<Set<String>> all = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info item = quantified(atom());
            if (item.exact() != null && (long) run.size() * item.exact().size() <= MAX_SET) {
                run = product(run, item.exact());
                continue;
            }
            broken = true;
            all.addAll(Info.exactly(run).requirements());
            if (item.exact() != null) {
                run = item.exact();
            } else {
                all.addAll(item.all());
                run = Set.of("");
            }
        }
        if (!broken) {
            return Info.exactly(run);
        }
        all.addAll(Info.exactly(run).requirements());
        return new Info(null, all);
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                out.add(l + r);
            }
        }
        return out;
    }

    private static int shortest(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** The requirement whose shortest literal is longest (ties: fewer literals); null when there is none. */
    private static Set<String> mostSelective(List<Set<String>> candidates) {
        Set<String> best = null;
        int bestMin = 0;
        for (Set<String> c : candidates) {
            int min = c.stream().mapToInt(String::length).min().orElse(0);
            if (best == null || min > bestMin || min == bestMin && c.size() < best.size()) {
                best = c;
                bestMin = min;
            }
        }
        return best;
    }

    private Info quantified(Info atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int lower;
        boolean once = false;
        switch (c) {
            case '?', '*' -> lower = 0;
            case '+' -> lower = 1;
            case '{' -> {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported("unclosed repetition");
                }
                String body = re.substring(pos + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) {
                    throw new Unsupported("repetition " + body);
                }
                lower = Integer.parseInt(body.split(",", -1)[0]);
                once = body.equals("1") || body.equals("1,1");
                if (body.equals("0,1")) {
                    c = '?';
                }
                pos = close;
            }
            default -> {
                return atom;
            }
        }
        pos++;
        // A lazy or possessive mark changes how, not what, the repetition may match.
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++;
        }
        if (once) {
            return atom;
        }
        if (lower > 0) {
            // One copy or more: what one copy requires is required, the exact strings are no longer known.
            return new Info(null, atom.requirements());
        }
        if (c == '?' && atom.exact() != null) {
            Set<String> exact = new LinkedHashSet<>(atom.exact());
            exact.add("");
            return Info.exactly(exact);
        }
        return Info.ANY;    // may be absent: requires nothing
    }

    private Info atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                pos++;
                return Info.ANY;
            }
            case '^', '$' -> {
                pos++;
                return Info.EMPTY;
            }
            case '*', '+', '?', '{' -> throw new Unsupported("dangling quantifier");
            default -> {
                pos++;
                return literal(c);
            }
        }
    }

    /** One literal character: known when {@link #known(int)}, folded to lower case; anything else might match other text. */
    private static Info literal(int c) {
        return known(c) ? Info.exactly(Set.of(fold(c))) : Info.ANY;
    }

    /**
     * Characters a literal may hold: ASCII, and other characters without case ("©", "≤", "’"), which match only
     * themselves. A cased non-ASCII letter may match variants the folding of {@link CuePrefilter} need not agree on.
     */
    static boolean known(int c) {
        if (c < 128) {
            return true;
        }
        return c <= Character.MAX_VALUE && !Character.isSurrogate((char) c)
                && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c;
    }

    private static String fold(int c) {
        return String.valueOf(c < 128 ? Character.toLowerCase((char) c) : (char) c);
    }

    private Info group() {
        pos++;  // '('
        boolean zeroWidth = false;
        if (re.startsWith("?", pos)) {
            pos++;
            char k = re.charAt(pos);
            if (k == ':' || k == '>') {
                pos++;
            } else if (k == '=' || k == '!') {
                pos++;
                zeroWidth = true;
            } else if (k == '<' && (re.charAt(pos + 1) == '=' || re.charAt(pos + 1) == '!')) {
                pos += 2;
                zeroWidth = true;
            } else if (k == '<') {
                int close = re.indexOf('>', pos);
                if (close < 0 || !re.substring(pos + 1, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                    throw new Unsupported("group name");
                }
                pos = close + 1;
            } else {
                // Inline flags, (?i) or (?-i:...): harmless except comments mode, which changes what is literal.
                int start = pos;
                while (pos < re.length() && "idmsuxU-".indexOf(re.charAt(pos)) >= 0) {
                    pos++;
                }
                String flags = re.substring(start, pos);
                if (flags.indexOf('x') >= 0 || pos >= re.length()) {
                    throw new Unsupported("flags " + flags);
                }
                if (re.charAt(pos) == ')') {
                    pos++;
                    return Info.EMPTY;
                }
                if (re.charAt(pos) != ':') {
                    throw new Unsupported("group kind");
                }
                pos++;
            }
        }
        Info inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unsupported("unclosed group");
        }
        pos++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    /** A character class: a few ASCII characters are known exactly; negated, large or unusual classes are not. */
    private Info charClass() {
        pos++;  // '['
        boolean negated = false;
        if (re.charAt(pos) == '^') {
            negated = true;
            pos++;
        }
        if (re.charAt(pos) == ']') {
            throw new Unsupported("class starting with ]");
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean known = !negated;
        while (re.charAt(pos) != ']') {
            char c = re.charAt(pos);
            if (c == '[' || c == '&') {
                // Unions and intersections: skip the nested class, know nothing about this one.
                if (c == '[') {
                    charClass();
                } else {
                    pos++;
                }
                known = false;
                continue;
            }
            int from;
            if (c == '\\') {
                from = classEscape();
                if (from < 0) {
                    known = false;
                    continue;
                }
            } else {
                from = c;
                pos++;
            }
            int to = from;
            if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                char t = re.charAt(pos);
                if (t == '\\') {
                    to = classEscape();
                    if (to < 0) {
                        throw new Unsupported("range to a class");
                    }
                } else if (t == '[') {
                    throw new Unsupported("range to a class");
                } else {
                    to = t;
                    pos++;
                }
            }
            if (to < from) {
                throw new Unsupported("reversed range");
            }
            if (to - from > 16) {
                known = false;
                continue;
            }
            for (int x = from; x <= to; x++) {
                if (!known(x)) {
                    known = false;
                    break;
                }
                chars.add(fold(x));
            }
        }
        pos++;  // ']'
        return known && !chars.isEmpty() ? Info.exactly(chars) : Info.ANY;
    }

    /** An escape inside a class: the character it stands for, or -1 for a class such as \d or \p{L}. */
    private int classEscape() {
        pos++;  // '\'
        char e = re.charAt(pos);
        if (e == 'p' || e == 'P') {
            skipProperty();
            return -1;
        }
        pos++;
        if ("dDwWsShHvV".indexOf(e) >= 0) {
            return -1;
        }
        int control = control(e);
        if (control >= 0) {
            return control;
        }
        if (Character.isLetterOrDigit(e)) {
            throw new Unsupported("escape \\" + e);
        }
        return e;
    }

    private Info escape() {
        pos++;  // '\'
        char e = re.charAt(pos);
        if (e == 'p' || e == 'P') {
            skipProperty();
            return Info.ANY;
        }
        pos++;
        if ("dDwWsShHvVRX".indexOf(e) >= 0) {
            return Info.ANY;
        }
        if ("bBAzZG".indexOf(e) >= 0) {
            if (e == 'b' && pos < re.length() && re.charAt(pos) == '{') {
                throw new Unsupported("\\b{...}");
            }
            return Info.EMPTY;
        }
        if (e == 'Q') {
            int end = re.indexOf("\\E", pos);
            String quoted = re.substring(pos, end < 0 ? re.length() : end);
            pos = end < 0 ? re.length() : end + 2;
            Set<String> run = Set.of("");
            for (int i = 0; i < quoted.length(); i++) {
                Info one = literal(quoted.charAt(i));
                if (one.exact() == null) {
                    throw new Unsupported("non-ASCII in \\Q");
                }
                run = product(run, one.exact());
            }
            return Info.exactly(run);
        }
        int control = control(e);
        if (control >= 0) {
            return literal(control);
        }
        if (Character.isLetterOrDigit(e)) {
            throw new Unsupported("escape \\" + e);    // backreferences, hex, octal and Unicode escapes, named groups
        }
        return literal(e);
    }

    private static int control(char e) {
        return switch (e) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'a' -> '\u0007';
            case 'e' -> '\u001B';
            default -> -1;
        };
    }

    /** Skips \p{Name} or \pL (the backslash already consumed, at the p). */
    private void skipProperty() {
        pos++;
        if (re.charAt(pos) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported("unclosed property");
            }
            pos = close + 1;
        } else {
            pos++;
        }
    }
}
