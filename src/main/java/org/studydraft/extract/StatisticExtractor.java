package org.studydraft.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.core.Resources;
import org.studydraft.core.Span;

/** First version: F statistics with an adjacent p-value; see the statistics issue for the full set of forms. */
public final class StatisticExtractor {
    private static final Pattern P_VALUE = Pattern.compile(
            "\\G[,;:\\s]*\\(?\\s*[pP]\\s*(?<pop>[<>=≤≥]=?)\\s*(?<p>0?\\.\\d+|\\d(?:\\.\\d+)?(?:[eE][-−]?\\d+)?)");

    private record Rule(String name, String type, Pattern pattern) {
    }

    private final List<Rule> rules;

    private StatisticExtractor(List<Rule> rules) {
        this.rules = rules;
    }

    public static StatisticExtractor load(Path file) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.readTsv(file, 3)) {
            rules.add(new Rule(row[0], row[1], Pattern.compile(row[2])));
        }
        return new StatisticExtractor(rules);
    }

    public List<Statistic> extract(String text, List<Span> sentences) {
        List<Statistic> out = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                Double value = Double.valueOf(m.group("value"));
                List<Double> df = m.group("df1") == null ? null : List.of(Double.valueOf(m.group("df1")), Double.valueOf(m.group("df2")));
                int end = m.end();
                String pOp = null;
                Double p = null;
                Matcher pm = P_VALUE.matcher(text);
                pm.region(end, text.length());
                if (pm.lookingAt()) {
                    pOp = pm.group("pop").replace("≤", "<=").replace("≥", ">=");
                    p = Double.valueOf(pm.group("p").replace('−', '-'));
                    end = pm.end();
                }
                out.add(new Statistic(rule.type(), text.substring(m.start(), end), value, df, pOp, p, null,
                        new Span(m.start(), end), "not_checkable"));
            }
        }
        return out;
    }
}
