package org.studydraft.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.studydraft.core.Resources;

/**
 * Contexts in which a lexicon match names something else: "HR 0.72 (95% CI ...)" is a hazard ratio, not heart rate;
 * "Fatigue Clinic" and "The Pacing Room" are proper names. The rules are rows of
 * {@code annotators/lexicons/not-entity-contexts.tsv}: entity types, a pattern the match's text must match and
 * patterns the text right after and right before it must match.
 */
final class NonEntityContexts {
    /** How far after (and before) a match the {@code after} and {@code before} patterns may look. */
    private static final int LOOKAHEAD = 40;

    private record Rule(Set<String> types, Pattern entity, Pattern after, Pattern before) {
    }

    private final List<Rule> rules;

    private NonEntityContexts(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static NonEntityContexts load(Path file) {
        List<Rule> rules = new ArrayList<>();
        if (file != null && java.nio.file.Files.isRegularFile(file)) {
            for (String[] row : Resources.readTsv(file, 4)) {
                rules.add(new Rule(Set.of(row[0].split("\\s*,\\s*")), Pattern.compile(row[1]), Pattern.compile(row[2]),
                        Pattern.compile(row[3])));
            }
        }
        return new NonEntityContexts(rules);
    }

    /** True when {@code e} stands in one of the contexts and is not the entity its words would suggest. */
    boolean excludes(String text, Entity e) {
        for (Rule r : rules) {
            // The cheap tests first: most matches fail on their type or text, and need no context cut out.
            if (!r.types().contains(e.type()) || !r.entity().matcher(e.text()).find()) {
                continue;
            }
            String after = text.substring(e.span().end(), Math.min(text.length(), e.span().end() + LOOKAHEAD));
            String before = text.substring(Math.max(0, e.span().start() - LOOKAHEAD), e.span().start());
            if (r.after().matcher(after).find() && r.before().matcher(before).find()) {
                return true;
            }
        }
        return false;
    }
}
