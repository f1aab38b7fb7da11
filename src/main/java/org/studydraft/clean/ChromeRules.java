package org.studydraft.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * Line rules that recognise site chrome in text (share prompts, newsletter forms, teasers, rating widgets,
 * forum banners, member badges), read from {@code annotators/clean/chrome-lines.tsv}. Each rule has an action:
 * {@code line} drops the matching line, {@code rest} drops it and everything after it (a "Related Articles"
 * block runs to the end of the page), {@code line+next} also drops the following short line (a member badge
 * is followed by the member's location).
 */
public final class ChromeRules {
    public enum Action { LINE, REST, LINE_AND_NEXT }

    /** One curated rule. */
    public record Rule(String name, Action action, Pattern pattern) {
    }

    /** A removed line and the rule that removed it, kept so later stages (kind) can use chrome as a signal. */
    public record Hit(String rule, String line) {
    }

    /** The text left after the rules, and what they removed. */
    public record Result(String text, List<Hit> hits) {
    }

    private final List<Rule> rules;
    private final int shortLineMax;

    public ChromeRules(List<Rule> rules, int shortLineMax) {
        this.rules = List.copyOf(rules);
        this.shortLineMax = shortLineMax;
    }

    public static ChromeRules load(Path file, int shortLineMax) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Resources.readTsv(file, 3)) {
            Action action = switch (row[1]) {
                case "line" -> Action.LINE;
                case "rest" -> Action.REST;
                case "line+next" -> Action.LINE_AND_NEXT;
                default -> throw new PipelineException(file + ": rule '" + row[0] + "' has unknown action '" + row[1] + "'");
            };
            try {
                rules.add(new Rule(row[0], action, Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (RuntimeException e) {
                throw new PipelineException(file + ": rule '" + row[0] + "' has a bad pattern: " + e.getMessage(), e);
            }
        }
        return new ChromeRules(rules, shortLineMax);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Applies the rules to normalised text (one paragraph or heading per line). */
    public Result apply(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<Hit> hits = new ArrayList<>();
        boolean dropNext = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (dropNext && !line.isEmpty() && line.length() <= shortLineMax && !line.endsWith(".")) {
                hits.add(new Hit("after-badge", line));
                dropNext = false;
                continue;
            }
            if (!line.isEmpty()) {
                dropNext = false;
            }
            Rule rule = match(line);
            if (rule == null) {
                out.append(line).append('\n');
                continue;
            }
            hits.add(new Hit(rule.name(), line));
            if (rule.action() == Action.REST) {
                for (int j = i + 1; j < lines.length; j++) {
                    if (!lines[j].isEmpty()) {
                        hits.add(new Hit(rule.name(), lines[j]));
                    }
                }
                break;
            }
            dropNext = rule.action() == Action.LINE_AND_NEXT;
        }
        return new Result(out.toString(), hits);
    }

    private Rule match(String line) {
        if (line.isEmpty()) {
            return null;
        }
        for (Rule r : rules) {
            if (r.pattern().matcher(line).matches()) {
                return r;
            }
        }
        return null;
    }
}
