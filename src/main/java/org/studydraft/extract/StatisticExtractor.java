package org.studydraft.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.studydraft.core.Span;
import org.studydraft.extract.StatisticRules.Kind;
import org.studydraft.extract.StatisticRules.Rule;
import org.studydraft.segment.Sentences;

/**
 * Reads the inferential statistics a text reports, by the rules of statistics.tsv, in one left-to-right pass:
 * at each word start the longest matching statistic or p-value rule wins; a statistic then takes what follows its
 * value (df, confidence interval, p-value, in any order) and the further values of a "respectively" list. A p-value
 * no statistic took stands alone as type p, except one stated "for all": that goes to every statistic of its
 * sentence that has no p of its own. Each statistic's p is then checked against its value ({@link PValueCheck}).
 */
public final class StatisticExtractor {
    private final StatisticRules rules;

    public StatisticExtractor(StatisticRules rules) {
        this.rules = rules;
    }

    public static StatisticExtractor load(Path file) {
        return new StatisticExtractor(StatisticRules.load(file));
    }

    /** The statistics of {@code text} in text order; {@code sentences} scope the p-values stated "for all". */
    public List<Statistic> extract(String text, Sentences sentences) {
        Scan scan = new Scan(text, rules.size());
        List<Reading> readings = new ArrayList<>();
        List<Hit> shared = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Hit hit = startsWord(text, i) ? scan.longestStart(rules.startingWith(text.charAt(i)), i, this::valid) : null;
            if (hit == null) {
                i++;
                continue;
            }
            switch (hit.rule().kind()) {
                case STAT -> i = readStatistic(scan, hit, readings);
                case SHARED_P -> {
                    shared.add(hit);
                    i = hit.end();
                }
                case P -> {
                    Reading p = Reading.pValue(hit);
                    readings.add(p);
                    i = readList(scan, p, null, readings);
                }
                default -> throw new IllegalStateException("not a starting rule: " + hit.rule().name());
            }
        }
        for (Hit p : shared) {
            int sentence = sentences.sentenceAt(p.start());
            shareOrStandAlone(p, readings, sentence < 0 ? null : sentences.get(sentence));
        }
        readings.sort(Comparator.comparingInt(r -> r.start));
        return readings.stream().map(r -> r.toStatistic(text)).toList();
    }

    /** Statistics and p-values start a word: not after a letter, digit or hyphen ("p53", "TGF-β", "x-ray"). */
    static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return !Character.isLetterOrDigit(prev) && prev != '-' && prev != '‐' && prev != '‑' && prev != '_';
    }

    /** Reads the statistic {@code hit} starts and what follows it; returns where scanning goes on. */
    private int readStatistic(Scan scan, Hit hit, List<Reading> out) {
        Reading stat = Reading.statistic(hit);
        boolean extended;
        do {
            extended = stat.df == null && scan.take(rules.rules(Kind.DF), stat, this::valid)
                    || stat.ci == null && scan.take(rules.rules(Kind.CI), stat, h -> validCi(h, stat))
                    || stat.p == null && scan.take(rules.rules(Kind.ATTACH_P), stat, this::valid);
        } while (extended);
        out.add(stat);
        return readList(scan, stat, hit.rule().range(), out);
    }

    /**
     * The further values of a "respectively" list after {@code head}: values in {@code range} after a statistic,
     * p-values (with the head's operator) after a p-value. Returns where the list ends.
     */
    private int readList(Scan scan, Reading head, StatisticRules.ValueRange range, List<Reading> out) {
        boolean statistic = head.value != null;
        Predicate<Hit> fits = statistic ? h -> h.value() != null && range.contains(h.value().value())
                : h -> isProbability(h.p());
        int end = head.end;
        Hit more;
        while ((more = scan.longest(rules.rules(Kind.LIST), end, fits)) != null) {
            out.add(statistic ? Reading.listed(head.type, more) : Reading.listedP(head.op, more));
            end = more.end();
        }
        return end;
    }

    private boolean valid(Hit h) {
        return switch (h.rule().kind()) {
            case STAT -> h.value() != null && h.rule().range().contains(h.value().value());
            case LIST -> h.value() != null || isProbability(h.p());
            case DF -> h.df() != null;
            case CI -> h.low() != null && h.high() != null;
            case ATTACH_P, P, SHARED_P -> isProbability(h.p()) && h.op() != null;
        };
    }

    private static boolean isProbability(ReportedNumber p) {
        return p != null && p.value() >= 0 && p.value() <= 1;
    }

    /** A confidence interval is ordered and contains its statistic's value (so "(18–65)" after a value is not one). */
    private boolean validCi(Hit h, Reading stat) {
        if (!valid(h)) {
            return false;
        }
        double low = h.low().value();
        double high = h.high().value();
        double v = stat.value.value();
        return low <= high && v >= low - stat.value.halfUnit() && v <= high + stat.value.halfUnit();
    }

    /** Gives a p stated "for all" to the statistics of {@code sentence} without a p; with none, it stands alone. */
    private static void shareOrStandAlone(Hit p, List<Reading> readings, Span sentence) {
        boolean taken = false;
        for (Reading r : readings) {
            if (sentence != null && r.value != null && r.p == null && sentence.contains(new Span(r.start, r.end))) {
                r.op = p.op();
                r.p = p.p();
                taken = true;
            }
        }
        if (!taken) {
            readings.add(Reading.pValue(p));
        }
    }

    /** One rule's match, its groups read while the matcher is at hand. */
    record Hit(Rule rule, int start, int end, int valueStart, int pStart, ReportedNumber value, List<Double> df,
               ReportedNumber low, ReportedNumber high, String op, ReportedNumber p) {

        static Hit of(Rule rule, Matcher m) {
            String value = rule.group(m, "value");
            String df = rule.group(m, "df");
            String low = rule.group(m, "low");
            String high = rule.group(m, "high");
            String op = rule.group(m, "lt") != null ? "<" : rule.group(m, "gt") != null ? ">"
                    : rule.group(m, "eq") != null ? "=" : rule.group(m, "op");
            String p = rule.group(m, "p");
            return new Hit(rule, m.start(), m.end(), rule.groupStart(m, "value"), rule.groupStart(m, "p"),
                    value == null ? null : ReportedNumber.parse(value), df == null ? null : degreesOfFreedom(df),
                    low == null ? null : ReportedNumber.parse(low), high == null ? null : ReportedNumber.parse(high),
                    op == null ? null : operator(op), p == null ? null : ReportedNumber.parse(p));
        }
    }

    /** "1, 34" or "1,34" or "22.4": the numbers, or null when one is not a number. */
    static List<Double> degreesOfFreedom(String text) {
        List<Double> df = new ArrayList<>(2);
        for (String part : text.split("[,;]")) {
            try {
                df.add(Double.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return List.copyOf(df);
    }

    /** The contract's p operator for a sign: =, &lt;, &gt;, &lt;=, &gt;= (≤, ⩽ and =&lt; are &lt;=; ＜ is full-width). */
    static String operator(String text) {
        String op = text.replace(" ", "").replace('⩽', '≤').replace('⩾', '≥').replace('＜', '<').replace('＞', '>');
        return switch (op) {
            case "<", ">", "=", "<=", ">=" -> op;
            case "≤", "=<" -> "<=";
            case "≥", "=>" -> ">=";
            default -> null;
        };
    }

    /** A statistic or p-value being assembled. */
    private static final class Reading {
        final String type;
        final int start;
        int end;
        final ReportedNumber value;
        List<Double> df;
        List<Double> ci;
        String op;
        ReportedNumber p;

        private Reading(String type, int start, int end, ReportedNumber value) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.value = value;
        }

        static Reading statistic(Hit h) {
            Reading r = new Reading(h.rule().type(), h.start(), h.end(), h.value());
            r.df = h.df();
            return r;
        }

        static Reading listed(String type, Hit h) {
            return new Reading(type, h.valueStart(), h.end(), h.value());
        }

        static Reading listedP(String op, Hit h) {
            Reading r = new Reading("p", h.pStart(), h.end(), null);
            r.op = op;
            r.p = h.p();
            return r;
        }

        static Reading pValue(Hit h) {
            Reading r = new Reading("p", h.start(), h.end(), null);
            r.op = h.op();
            r.p = h.p();
            return r;
        }

        /** Takes what a continuation rule read and moves the end past it. */
        void add(Hit h) {
            end = h.end();
            if (h.df() != null) {
                df = h.df();
            }
            if (h.low() != null) {
                ci = List.of(h.low().value(), h.high().value());
            }
            if (h.p() != null) {
                op = h.op();
                p = h.p();
            }
        }

        Statistic toStatistic(String text) {
            String check = PValueCheck.check(type, value, df, op, p).label();
            return new Statistic(type, text.substring(start, end), value == null ? null : value.value(), df, op,
                    p == null ? null : p.value(), ci, new Span(start, end), check);
        }
    }

    /** The document's matchers, one per rule, made on first use; bounds are transparent so lookbehinds see back. */
    private static final class Scan {
        private final String text;
        private final Matcher[] matchers;

        Scan(String text, int rules) {
            this.text = text;
            this.matchers = new Matcher[rules];
        }

        /** The longest valid match at {@code at} among {@code candidates}, the earlier rule on a tie; or null. */
        Hit longest(List<Rule> candidates, int at, Predicate<Hit> valid) {
            Hit best = null;
            for (Rule rule : candidates) {
                best = longer(rule, at, best, valid);
            }
            return best;
        }

        /** As {@link #longest}, for the rules starting at {@code at}, skipping those the next character rules out. */
        Hit longestStart(List<StatisticRules.Start> candidates, int at, Predicate<Hit> valid) {
            Hit best = null;
            char next = at + 1 < text.length() ? text.charAt(at + 1) : '\n';
            for (StatisticRules.Start start : candidates) {
                if (start.allowsNext(next)) {
                    best = longer(start.rule(), at, best, valid);
                }
            }
            return best;
        }

        /** {@code rule}'s match at {@code at} if it is valid and longer than {@code best}; else {@code best}. */
        private Hit longer(Rule rule, int at, Hit best, Predicate<Hit> valid) {
            Matcher m = matchers[rule.index()];
            if (m == null) {
                m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[rule.index()] = m;
            }
            m.region(at, text.length());
            if (m.lookingAt() && (best == null || m.end() > best.end())) {
                Hit hit = Hit.of(rule, m);
                if (valid.test(hit)) {
                    return hit;
                }
            }
            return best;
        }

        /** Extends {@code stat} by the longest valid continuation among {@code candidates}; true when there was one. */
        boolean take(List<Rule> candidates, Reading stat, Predicate<Hit> valid) {
            Hit h = longest(candidates, stat.end, valid);
            if (h == null) {
                return false;
            }
            stat.add(h);
            return true;
        }
    }
}
