package org.studydraft.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.classify.Cue;
import org.studydraft.classify.CueSet;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/** Applies the wording rules of {@code annotators/wording/rules.tsv} to a text (the source or a draft section). */
public final class WordingScanner {
    private final List<WordingRule> rules;
    /**
     * The rules' patterns as a cue set (same order), for its literal prefilter: one pass over a text says which
     * rules can match it, and only those run.
     */
    private final CueSet patterns;
    /** The cue of each rule, by the rule's index. */
    private final List<Cue> cues;

    public WordingScanner(List<WordingRule> rules) {
        this.rules = List.copyOf(rules);
        this.patterns = CueSet.of(this.rules.stream().map(r -> new Cue(r.name(), 0, "wording", r.pattern(), r.message())).toList());
        this.cues = patterns.cues();
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
        CueSet.Text on = patterns.on(text);
        for (int i = 0; i < rules.size(); i++) {
            WordingRule r = rules.get(i);
            if (!applies(r, isSource, design)) {
                continue;
            }
            Matcher m = on.find(cues.get(i));
            if (m == null) {
                continue;
            }
            do {
                hits.add(new WordingHit(r.name(), r.severity(), where, m.group(), m.start(), m.end(), r.message()));
            } while (m.find());
        }
        return hits;
    }

    private static boolean applies(WordingRule r, boolean isSource, String design) {
        return !r.appliesTo().equals(isSource ? "draft" : "source") && !r.allowedDesigns().contains(design);
    }

    /** True when a sentence would bring a critical hit into a draft. */
    public boolean hasCritical(String text, String design) {
        CueSet.Text on = patterns.on(text);
        for (int i = 0; i < rules.size(); i++) {
            WordingRule r = rules.get(i);
            if (r.critical() && applies(r, false, design) && on.find(cues.get(i)) != null) {
                return true;
            }
        }
        return false;
    }
}
