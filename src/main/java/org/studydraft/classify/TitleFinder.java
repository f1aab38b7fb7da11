package org.studydraft.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.core.Span;

/**
 * Picks the title: the paper a text names outright ("Reference: ... Title. Journal", 'titled "..."'), or else
 * the best of the first lines of a page, scoring each line with the cues of
 * {@code annotators/cues/title.tsv} (scholarly words, a "title: subtitle" shape, a named condition, minus navigation,
 * chrome words, section labels and conversational sentences). A line the page repeats near the top (headline and
 * page title) earns a bonus, an earlier line a little more than a later one. Trailing " | site" parts are cut off,
 * and so are the {@code trim} cues' matches at the line's start or end (a "RETRACTED:" notice, a forum thread's
 * "Preprint" tag or its ", 2024, Smith et al" tail), which are labels around the title, not part of it.
 */
public final class TitleFinder {
    private static final Pattern TRAILING_SITE = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
    /** Lines longer than this are not scored: no title is that long, and word-counting patterns would recurse deep. */
    private static final int MAX_LINE_CHARS = 2000;
    /** Slack for the early exit, far above any rounding in a sum of a few weights. */
    private static final double ROUNDING = 1e-6;

    private final CueSet cues;
    private final int maxLines;
    private final double minScore;

    public TitleFinder(CueSet cues, int maxLines, double minScore) {
        this.cues = cues;
        this.maxLines = maxLines;
        this.minScore = minScore;
    }

    /** The title's span in {@code text}, or null when no line scores high enough. */
    public Span find(String text, String htmlTitle) {
        CueSet.Text whole = cues.on(text);
        for (Cue cue : cues.inScope("explicit")) {
            Matcher m = whole.find(cue);
            if (m != null) {
                return new Span(m.start("title"), m.end("title"));
            }
        }
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < maxLines) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) {
                lines.add(new Span(start, end));
            }
            start = end + 1;
        }
        List<Cue> lineCues = cues.inScope("line");
        Span best = null;
        double bestScore = minScore;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (line.end() - line.start() > MAX_LINE_CHARS) {
                continue;   // a paragraph or a megabyte without breaks, never a title
            }
            String s = line.of(text);
            double bonus = repeated(lines, text, i, s) || (htmlTitle != null && htmlTitle.startsWith(s)) ? 2 : 0;
            Double score = score(lineCues, cues.on(s), -0.15 * i, bonus, bestScore);
            if (score != null && score > bestScore) {
                bestScore = score;
                best = line;
            }
        }
        if (best == null) {
            return null;
        }
        String s = best.of(text);
        Matcher m = TRAILING_SITE.matcher(s);
        if (m.find() && m.start() > 20) {
            best = new Span(best.start(), best.start() + m.start());
        }
        return trim(text, best);
    }

    /** Cuts the trim cues' matches off the start or end of a title line, keeping at least a few words. */
    private Span trim(String text, Span line) {
        int start = line.start();
        int end = line.end();
        for (Cue cue : cues.inScope("trim")) {
            Matcher m = cue.pattern().matcher(text).region(start, end);
            if (!m.find() || m.end() - m.start() > (end - start) - 20) {
                continue;
            }
            if (m.start() == start) {
                start = m.end();
            } else if (m.end() == end) {
                end = m.start();
            }
        }
        return new Span(start, end);
    }

    /**
     * The line's score: {@code start}, plus each title cue's weight, minus each other cue's, plus {@code bonus}; or
     * null as soon as the score cannot exceed {@code toBeat}. The title cues run first, and the others only while the
     * line can still win, so most lines of a page never see the costly word-counting patterns. A line that is
     * scored in full gets the same sum in the same order as always.
     */
    private static Double score(List<Cue> lineCues, CueSet.Text line, double start, double bonus, double toBeat) {
        boolean[] matched = new boolean[lineCues.size()];
        double bound = start + bonus;
        for (int k = 0; k < lineCues.size(); k++) {
            Cue cue = lineCues.get(k);
            if (cue.label().equals("title") && line.find(cue) != null) {
                matched[k] = true;
                bound += cue.weight();
            }
        }
        for (int k = 0; k < lineCues.size(); k++) {
            Cue cue = lineCues.get(k);
            if (bound <= toBeat - ROUNDING) {
                return null;
            }
            if (!cue.label().equals("title") && line.find(cue) != null) {
                matched[k] = true;
                bound -= cue.weight();
            }
        }
        double score = start;
        for (int k = 0; k < lineCues.size(); k++) {
            if (matched[k]) {
                Cue cue = lineCues.get(k);
                score += cue.label().equals("title") ? cue.weight() : -cue.weight();
            }
        }
        return score + bonus;
    }

    /** Whether another line starts with this one (a headline repeated as the page title), for lines over 20 chars. */
    private static boolean repeated(List<Span> lines, String text, int index, String s) {
        if (s.length() <= 20) {
            return false;
        }
        for (int j = 0; j < lines.size(); j++) {
            Span other = lines.get(j);
            if (j != index && other.end() - other.start() >= s.length() && text.startsWith(s, other.start())) {
                return true;
            }
        }
        return false;
    }
}
