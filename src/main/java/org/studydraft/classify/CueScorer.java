package org.studydraft.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.studydraft.core.Span;

/** Adds up cue weights per label, remembering where each cue matched, and picks the winner with its reason. */
public final class CueScorer {
    private final Map<String, Double> scores = new LinkedHashMap<>();
    private final Map<String, List<Span>> evidence = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    /** Counts every match of each cue in {@code text} (offset by {@code base}) at most once per cue. */
    public void scan(List<Cue> cues, String text, int base, double factor) {
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            if (m.find()) {
                add(cue.label(), cue.weight() * factor, new Span(base + m.start(), base + m.end()), cue.note().isEmpty() ? m.group() : cue.note());
            }
        }
    }

    /** Like {@link #scan(List, String, int, double)} for the cues of {@code scope}, running only those that can match. */
    public void scan(CueSet cues, String scope, CharSequence text, int base, double factor) {
        scan(cues.on(text), scope, base, factor);
    }

    /** The cues of {@code scope} on an already prefiltered text. */
    public void scan(CueSet.Text text, String scope, int base, double factor) {
        scan(text, scope, cue -> true, base, factor);
    }

    /** The cues of {@code scope} that {@code which} accepts, on an already prefiltered text. */
    public void scan(CueSet.Text text, String scope, java.util.function.Predicate<Cue> which, int base, double factor) {
        text.forEachMatch(scope, which, (cue, m) -> add(cue.label(), cue.weight() * factor,
                new Span(base + m.start(), base + m.end()), cue.note().isEmpty() ? m.group() : cue.note()));
    }

    public void add(String label, double weight, Span span, String note) {
        scores.merge(label, weight, Double::sum);
        if (span != null) {
            evidence.computeIfAbsent(label, k -> new ArrayList<>()).add(span);
        }
        List<String> n = notes.computeIfAbsent(label, k -> new ArrayList<>());
        if (note != null && !n.contains(note) && n.size() < 4) {
            n.add(note);
        }
    }

    public double score(String label) {
        return scores.getOrDefault(label, 0.0);
    }

    public Map<String, Double> scores() {
        return scores;
    }

    /** The best-scoring label with positive score, or null. Ties go to the label that scored first. */
    public String best() {
        String best = null;
        double top = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The runner-up label with positive score, or null. */
    public String second() {
        String best = best();
        String second = null;
        double top = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (!e.getKey().equals(best) && e.getValue() > top) {
                top = e.getValue();
                second = e.getKey();
            }
        }
        return second;
    }

    public double confidence(String label) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).sum();
        return total <= 0 ? 0 : Math.round(100 * score(label) / total) / 100.0;
    }

    public List<Span> evidence(String label) {
        return evidence.getOrDefault(label, List.of());
    }

    public List<String> notes(String label) {
        return notes.getOrDefault(label, List.of());
    }
}
