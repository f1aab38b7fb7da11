package org.studydraft.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.PatternSyntaxException;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * The rules of {@code annotators/rules/statistics.tsv}, compiled once: {@code def} rows expanded into the rows that
 * use them, every pattern compiled, and the rules that can start a match indexed by the characters they can start
 * with and the ASCII characters that can come second, so the extractor tries only the few rules a position allows
 * ("th" or "of" none at all) instead of every rule everywhere. The index is built per character the first time a
 * text holds it: built up front for all 12,288 indexed characters it took half a second to two seconds of start-up,
 * while texts use about a hundred.
 */
public final class StatisticRules {
    /** What a rule reads; see the comments at the top of statistics.tsv. */
    public enum Kind {
        STAT, DF, CI, ATTACH_P, LIST, P, SHARED_P;

        /** Kinds that find something on their own; the others continue a statistic. */
        boolean starts() {
            return this == STAT || this == P || this == SHARED_P;
        }
    }

    /**
     * The named groups the extractor reads; a pattern may also use a suffixed copy (dfSub) in a second alternative.
     * lt, gt and eq mark a p operator written in words, so that no words need live in the Java.
     */
    static final List<String> GROUPS = List.of("value", "df", "low", "high", "op", "lt", "gt", "eq", "p");

    /** Characters below this bound are indexed; statistics never start with anything beyond. */
    private static final char INDEXED_CHARS = '\u3000';
    /** {NAME}, but not a Unicode class such as \p{L}. */
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]*)}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * One compiled rule; {@code index} is its row among the rules (defs aside), so per-document matchers can live in an
     * array. {@code range} bounds a statistic's value; {@code groupNames} maps each of {@link #GROUPS} the pattern
     * uses to its names in the pattern, the plain name first.
     */
    public record Rule(int index, Kind kind, String name, String type, ValueRange range, Pattern pattern,
                       Map<String, List<String>> groupNames) {

        /** The text the first matching copy of {@code group} captured, or null. */
        String group(Matcher m, String group) {
            for (String name : groupNames.getOrDefault(group, List.of())) {
                String text = m.group(name);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }

        /** Where the first matching copy of {@code group} starts, or -1. */
        int groupStart(Matcher m, String group) {
            for (String name : groupNames.getOrDefault(group, List.of())) {
                if (m.group(name) != null) {
                    return m.start(name);
                }
            }
            return -1;
        }
    }

    /**
     * A rule that can start at some character, with the ASCII characters that can follow that one as a 128-bit set;
     * anything beyond ASCII is let through.
     */
    public record Start(Rule rule, long secondBelow64, long secondAbove64) {
        public boolean allowsNext(char next) {
            if (next >= 128) {
                return true;
            }
            long bits = next < 64 ? secondBelow64 : secondAbove64;
            return (bits >>> (next & 63) & 1) != 0;
        }
    }

    /** Closed bounds of a value; {@code min..max} in the file, either side may be empty. */
    public record ValueRange(double min, double max) {
        static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        static ValueRange parse(String cell) {
            if (cell.isEmpty()) {
                return ANY;
            }
            int dots = cell.indexOf("..");
            if (dots < 0) {
                throw new IllegalArgumentException("range must be min..max: " + cell);
            }
            String min = cell.substring(0, dots).strip();
            String max = cell.substring(dots + 2).strip();
            return new ValueRange(min.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(min),
                    max.isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(max));
        }

        public boolean contains(double v) {
            return v >= min && v <= max;
        }
    }

    private final Map<Kind, List<Rule>> byKind;
    private final int size;
    private final List<Rule> starting;
    /** The starting rules by first character, filled in on first use (racing threads compute the same list). */
    private final AtomicReferenceArray<List<Start>> startingWith = new AtomicReferenceArray<>(INDEXED_CHARS);

    private StatisticRules(Map<Kind, List<Rule>> byKind, int size, List<Rule> starting) {
        this.byKind = byKind;
        this.size = size;
        this.starting = List.copyOf(starting);
    }

    public static StatisticRules load(Path file) {
        try {
            return parse(Resources.readTsv(file, 5));
        } catch (IllegalArgumentException e) {
            throw new PipelineException("bad statistics rules in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Rows of kind, name, type, range, pattern (the file without its header). */
    static StatisticRules parse(List<String[]> rows) {
        Map<String, String> macros = new HashMap<>();
        Map<Kind, List<Rule>> byKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        List<Rule> starting = new ArrayList<>();
        int count = 0;
        for (String[] row : rows) {
            String kind = row[0];
            String name = row[1];
            String pattern = expand(row[4], macros, name);
            if (kind.equals("def")) {
                macros.put(name, pattern);
                continue;
            }
            Kind k;
            try {
                k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + name + ": unknown kind '" + kind + "'");
            }
            try {
                Rule rule = new Rule(count++, k, name, row[2], ValueRange.parse(row[3]), Pattern.compile(pattern),
                        groupNames(pattern, name));
                byKind.get(k).add(rule);
                if (k.starts()) {
                    starting.add(rule);
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("rule " + name + ": " + e.getDescription() + " in " + pattern);
            }
        }
        byKind.replaceAll((k, list) -> List.copyOf(list));
        return new StatisticRules(byKind, count, starting);
    }

    private static String expand(String pattern, Map<String, String> macros, String rule) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException("rule " + rule + " uses {" + m.group(1) + "} before any def of it");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(body));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Map<String, List<String>> groupNames(String pattern, String rule) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Matcher m = NAMED_GROUP.matcher(pattern);
        while (m.find()) {
            String name = m.group(1);
            String base = GROUPS.stream().filter(g -> name.equals(g)
                    || name.length() > g.length() && name.startsWith(g) && Character.isUpperCase(name.charAt(g.length())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("rule " + rule + ": unknown group <" + name + ">"));
            List<String> copies = names.computeIfAbsent(base, b -> new ArrayList<>());
            if (name.equals(base)) {
                copies.add(0, name);
            } else {
                copies.add(name);
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(names);
    }

    /**
     * The starting rules whose pattern can begin with {@code c}, and for each the ASCII characters that can come
     * next. A short input either matches or makes the matcher ask for more input ({@link Matcher#hitEnd()}) exactly
     * when a match can begin with it.
     */
    private static List<Start> startsFor(char c, List<Rule> starting) {
        List<Start> starts = new ArrayList<>(0);
        for (Rule r : starting) {
            if (canBegin(r, String.valueOf(c))) {
                long below64 = 0;
                long above64 = 0;
                for (char next = 0; next < 128; next++) {
                    if (canBegin(r, new String(new char[] {c, next}))) {
                        if (next < 64) {
                            below64 |= 1L << next;
                        } else {
                            above64 |= 1L << (next - 64);
                        }
                    }
                }
                starts.add(new Start(r, below64, above64));
            }
        }
        return starts.isEmpty() ? List.of() : List.copyOf(starts);
    }

    private static boolean canBegin(Rule r, String prefix) {
        Matcher m = r.pattern().matcher(prefix);
        return m.lookingAt() || m.hitEnd();
    }

    /** How many rules there are (their indexes run from 0 below this). */
    public int size() {
        return size;
    }

    public List<Rule> rules(Kind kind) {
        return byKind.get(kind);
    }

    /** The starting rules (stat, p, shared_p) that can match at a character {@code c}, in file order. */
    public List<Start> startingWith(char c) {
        if (c >= INDEXED_CHARS) {
            return List.of();
        }
        List<Start> starts = startingWith.get(c);
        if (starts == null) {
            starts = startsFor(c, starting);
            startingWith.set(c, starts);
        }
        return starts;
    }
}
