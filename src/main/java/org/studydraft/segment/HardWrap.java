package org.studydraft.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the line breaks of hard-wrapped text (plain-text e-mails, newsletters and pasted abstracts broken at about
 * 70-80 characters), where a newline is not a paragraph end but the place a long line was folded.
 *
 * <p>A text counts as hard-wrapped when most of its lines stop near one width: the wrap width {@code w} is a high
 * percentile of the non-blank line lengths, it is at most {@code maxWidth}, and a good share of lines reach
 * {@code nearShare} of it, no line with spaces runs past one and a half times the width, and enough full lines
 * break mid-sentence (no closing punctuation, the next line going on in lower case). Within such a text a newline is a fold when the next line's first word would not have
 * fitted on the line (the test a wrapping editor applies) and the next line does not start a list item. Texts whose
 * paragraphs are single lines never qualify, since their line lengths spread far beyond any wrap width.
 *
 * <p>{@link #unfold} replaces each fold by a space, so the result has the same length and offsets as the input.
 */
public final class HardWrap {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*–·▪]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s");

    private static final Pattern ADDRESS = Pattern.compile("^<?(?:https?://|www\\.)");
    private static final double LONGEST_PROSE = 1.5;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"”’')]?$");

    private final int minLines;
    private final int minWidth;
    private final int maxWidth;
    private final double nearShare;
    private final double minFullShare;
    private final double minMidSentenceShare;

    /**
     * @param minLines     fewest non-blank lines a wrapped text has
     * @param minWidth     narrowest wrap width considered (below it lines are a list, not folded prose)
     * @param maxWidth     widest wrap width considered
     * @param nearShare    a line is "full" when at least this share of the wrap width
     * @param minFullShare share of non-blank lines that must be full
     * @param minMidSentenceShare share of non-blank lines that must be full, end mid-sentence and be followed by a
     *                     line starting in lower case
     */
    public HardWrap(int minLines, int minWidth, int maxWidth, double nearShare, double minFullShare,
            double minMidSentenceShare) {
        this.minLines = minLines;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.nearShare = nearShare;
        this.minFullShare = minFullShare;
        this.minMidSentenceShare = minMidSentenceShare;
    }

    /** The wrap width of {@code text}, or 0 when the text is not hard-wrapped. */
    public int wrapWidth(String text) {
        String[] lines = text.split("\n", -1);
        List<Integer> lengths = new ArrayList<>();
        int longestProse = 0;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].strip();
            if (!lines[i].isEmpty()) {
                lengths.add(lines[i].length());
                if (lines[i].indexOf(' ') > 0) {
                    longestProse = Math.max(longestProse, lines[i].length());
                }
            }
        }
        if (lengths.size() < minLines) {
            return 0;
        }
        int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
        // The 90th percentile, not the maximum: a long URL or a table row must not widen the estimate.
        int width = sorted[(int) (0.9 * (sorted.length - 1))];
        // A prose line far past the width is a paragraph kept on one line: the text is not folded.
        if (width < minWidth || width > maxWidth || longestProse > LONGEST_PROSE * width) {
            return 0;
        }
        long full = Arrays.stream(sorted).filter(len -> len >= nearShare * width).count();
        // Lines of one length alone could be a list; folded prose also breaks mid-sentence: a full line without
        // closing punctuation followed by a line that goes on in lower case.
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            String next = lines[i + 1];
            if (line.length() >= nearShare * width && !SENTENCE_END.matcher(line).find() && !next.isEmpty()
                    && Character.isLowerCase(next.charAt(0))) {
                midSentence++;
            }
        }
        return full >= minFullShare * sorted.length && midSentence >= minMidSentenceShare * sorted.length ? width : 0;
    }

    /** {@code text} with every fold turned into a space (same length, same offsets); unchanged when not wrapped. */
    public String unfold(String text) {
        int width = wrapWidth(text);
        if (width == 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int lineStart = 0;
        while (true) {
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            int nextEnd = text.indexOf('\n', nl + 1);
            String line = text.substring(lineStart, nl).strip();
            String next = text.substring(nl + 1, nextEnd < 0 ? text.length() : nextEnd);
            // A line without a space (a URL, a lone token) is not folded prose; nor is an address on the next line.
            if (line.indexOf(' ') > 0 && isFold(line, next, width)) {
                out[nl] = ' ';
            }
            lineStart = nl + 1;
        }
        return new String(out);
    }

    private static boolean isFold(String line, String next, int width) {
        String n = next.strip();
        if (n.isEmpty() || LIST_ITEM.matcher(next).find() || ADDRESS.matcher(n).find()) {
            return false;
        }
        int space = n.indexOf(' ');
        int firstWord = space < 0 ? n.length() : space;
        return line.length() + 1 + firstWord > width;
    }
}
