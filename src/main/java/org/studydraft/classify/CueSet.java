package org.studydraft.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * Cue phrases read from a TSV file under {@code annotators/cues/} with columns
 * {@code label, weight, scope, pattern, note}. Patterns are case-insensitive Java regular expressions, compiled
 * once when the pipeline is assembled.
 *
 * <p>Matching goes through {@link #on(CharSequence)}: one pass over the text finds which patterns can possibly
 * match (their literals occur, see {@link CueLiterals}), and only those run. The answers are the same as running
 * every pattern; most sentences just contain none of most cues' words.
 */
public final class CueSet {
    private final List<Cue> cues;
    private final Map<String, List<Cue>> byScope;
    private final Map<String, int[]> indexesByScope;
    private final Map<Cue, Integer> indexOf = new IdentityHashMap<>();
    private final CuePrefilter prefilter;

    private CueSet(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<String, List<Cue>> scopes = new LinkedHashMap<>();
        Map<String, List<Integer>> indexes = new LinkedHashMap<>();
        List<List<Set<String>>> literals = new ArrayList<>();
        for (int i = 0; i < this.cues.size(); i++) {
            Cue cue = this.cues.get(i);
            indexOf.put(cue, i);
            scopes.computeIfAbsent(cue.scope(), k -> new ArrayList<>()).add(cue);
            indexes.computeIfAbsent(cue.scope(), k -> new ArrayList<>()).add(i);
            literals.add(CueLiterals.allOf(cue.pattern().pattern()));
        }
        Map<String, List<Cue>> byScope = new LinkedHashMap<>();
        scopes.forEach((scope, list) -> byScope.put(scope, List.copyOf(list)));
        this.byScope = Map.copyOf(byScope);
        Map<String, int[]> byIndex = new LinkedHashMap<>();
        indexes.forEach((scope, list) -> byIndex.put(scope, list.stream().mapToInt(Integer::intValue).toArray()));
        this.indexesByScope = Map.copyOf(byIndex);
        this.prefilter = new CuePrefilter(literals);
    }

    public static CueSet load(Path file) {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : Resources.readTsv(file, 5)) {
            try {
                cues.add(new Cue(row[0], Double.parseDouble(row[1]), row[2],
                        Pattern.compile(row[3], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row[4]));
            } catch (RuntimeException e) {
                throw new PipelineException(file + ": bad cue row " + String.join(" | ", row) + ": " + e.getMessage(), e);
            }
        }
        return new CueSet(cues);
    }

    /** A cue set from cues built in code (tests). */
    public static CueSet of(List<Cue> cues) {
        return new CueSet(cues);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** The cues of one scope, in file order. */
    public List<Cue> inScope(String scope) {
        return byScope.getOrDefault(scope, List.of());
    }

    /** The cues of this set matched against {@code text}: one pass over it, then only the patterns that can match. */
    public Text on(CharSequence text) {
        return new Text(text, prefilter.candidates(text));
    }

    /** Whether any cue of {@code scope} matches {@code text}. */
    public boolean anyMatch(String scope, CharSequence text) {
        return on(text).anyMatch(scope);
    }

    /** One text with the cues that can match it. */
    public final class Text {
        private final CharSequence text;
        private final long[] candidates;

        private Text(CharSequence text, long[] candidates) {
            this.text = text;
            this.candidates = candidates;
        }

        public CharSequence text() {
            return text;
        }

        /** A matcher of {@code cue} on the text positioned at its first match, or null when it does not match. */
        public Matcher find(Cue cue) {
            Integer index = indexOf.get(cue);
            if (index == null) {
                throw new IllegalArgumentException("cue not in this set: " + cue);
            }
            return find(index);
        }

        private Matcher find(int index) {
            if (!CuePrefilter.has(candidates, index)) {
                return null;
            }
            Matcher m = cues.get(index).pattern().matcher(text);
            return m.find() ? m : null;
        }

        public boolean anyMatch(String scope) {
            for (int index : indexesByScope.getOrDefault(scope, new int[0])) {
                if (find(index) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The first cue of {@code scope} (file order) that matches, or null. */
        public Cue first(String scope) {
            for (int index : indexesByScope.getOrDefault(scope, new int[0])) {
                if (find(index) != null) {
                    return cues.get(index);
                }
            }
            return null;
        }

        /** Each cue of {@code scope} that matches, in file order, with its matcher at the first match. */
        public void forEachMatch(String scope, java.util.function.BiConsumer<Cue, Matcher> action) {
            forEachMatch(scope, cue -> true, action);
        }

        /** Like {@link #forEachMatch(String, java.util.function.BiConsumer)} for the cues of {@code scope} that {@code which} accepts. */
        public void forEachMatch(String scope, java.util.function.Predicate<Cue> which, java.util.function.BiConsumer<Cue, Matcher> action) {
            for (int index : indexesByScope.getOrDefault(scope, new int[0])) {
                Cue cue = cues.get(index);
                if (!which.test(cue)) {
                    continue;
                }
                Matcher m = find(index);
                if (m != null) {
                    action.accept(cue, m);
                }
            }
        }
    }
}
