package org.studydraft.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/** Applies the wording rules of {@code annotators/wording/rules.tsv} to a text (the source or a draft section). */
public final class WordingScanner {
    private final List<WordingRule> rules;

    public WordingScanner(List<WordingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static WordingScanner load(Path file) {
        List<WordingRule> rules = new ArrayList<>();
        for (String[] row : Resources.readTsv(file, 6)) {
            Set<String> allowed = row[3].isBlank() ? Set.of() : Set.copyOf(Arrays.asList(row[3].split("\\s*,\\s*")));
            if (!Set.of("critical", "warning", "info").contains(row[1]) || !Set.of("draft", "source", "both").contains(row[2])) {
                throw new PipelineException(file + ": rule '" + row[0] + "' needs severity critical|warning|info and applies draft|source|both");
            }
            rules.add(new WordingRule(row[0], row[1], row[2], allowed,
                    Pattern.compile(row[4], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row[5]));
        }
        return new WordingScanner(rules);
    }

    public List<WordingRule> rules() {
        return rules;
    }

    /** Hits of the rules that apply to {@code where} ("source" or "draft...") for a document of {@code design}. */
    public List<WordingHit> scan(String text, String where, String design) {
        List<WordingHit> hits = new ArrayList<>();
        boolean isSource = where.equals("source");
        for (WordingRule r : rules) {
            if (r.appliesTo().equals(isSource ? "draft" : "source") || r.allowedDesigns().contains(design)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                hits.add(new WordingHit(r.name(), r.severity(), where, m.group(), m.start(), m.end(), r.message()));
            }
        }
        return hits;
    }

    /** True when a sentence would bring a critical hit into a draft. */
    public boolean hasCritical(String text, String design) {
        return scan(text, "draft", design).stream().anyMatch(h -> h.severity().equals("critical"));
    }
}
