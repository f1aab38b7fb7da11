package org.studydraft.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled pattern with the literal prefilter of cue sets ({@link CueLiterals}, {@link CuePrefilter}): when a text
 * lacks a literal every match needs ("=" for "patients (n = 24)"), the matcher it hands out finds nothing without
 * the pattern ever running. For the long generated patterns of the stages that are tried on every sentence.
 */
public final class CuePattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    private final CuePrefilter prefilter;

    private CuePattern(Pattern pattern) {
        this.pattern = pattern;
        this.prefilter = new CuePrefilter(List.of(CueLiterals.allOf(pattern.pattern())));
    }

    public static CuePattern compile(String regex) {
        return new CuePattern(Pattern.compile(regex));
    }

    public static CuePattern compile(String regex, int flags) {
        return new CuePattern(Pattern.compile(regex, flags));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern can match {@code text} at all (false: it certainly does not). */
    public boolean mayMatch(CharSequence text) {
        return CuePrefilter.has(prefilter.candidates(text), 0);
    }

    /**
     * A matcher of this pattern on {@code text}, or, when the text lacks a required literal, a matcher that finds
     * nothing (its {@code find()} is false, so callers that read groups only after a find are unaffected).
     */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER.matcher(text);
    }
}
