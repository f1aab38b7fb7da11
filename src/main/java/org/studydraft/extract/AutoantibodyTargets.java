package org.studydraft.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receptor named as the target of antibodies stands for the autoantibodies, not the receptor: in "autoantibodies
 * to β2-adrenergic and muscarinic receptors" the text measures antibodies, so the receptor mention becomes the
 * lexicon's "&lt;receptor&gt; autoantibodies" entry (found by alias, e.g. "muscarinic acetylcholine receptor
 * autoantibodies"). The cues are regular expressions in {@code annotators/lexicons/autoantibody-targets.txt}; the
 * receptor must start within {@link #WINDOW} characters after a cue, in the same sentence.
 */
final class AutoantibodyTargets {
    /** Enough for a list of three or four receptor names after one cue. */
    static final int WINDOW = 160;

    private final Lexicon lexicon;
    private final List<Pattern> cues;

    AutoantibodyTargets(Lexicon lexicon, List<Pattern> cues) {
        this.lexicon = lexicon;
        this.cues = List.copyOf(cues);
    }

    /** {@code found} with receptor mentions under an antibody cue replaced by their autoantibody entries. */
    List<Entity> resolve(String text, List<Entity> found) {
        if (cues.isEmpty()) {
            return found;
        }
        List<int[]> windows = new ArrayList<>();
        for (Pattern p : cues) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                windows.add(new int[] {m.end(), sentenceEndOrWindow(text, m.end())});
            }
        }
        if (windows.isEmpty()) {
            return found;
        }
        List<Entity> out = new ArrayList<>(found.size());
        for (Entity e : found) {
            int start = e.span().start();
            LexiconEntry antibodies = windows.stream().anyMatch(w -> start >= w[0] && start < w[1]) ? autoantibodiesOf(e) : null;
            out.add(antibodies == null ? e
                    : new Entity(antibodies.type(), e.text(), antibodies.canonical(), antibodies.conceptId(), e.span(), e.via()));
        }
        return out;
    }

    /** The biomarker entry whose alias is "&lt;this receptor's alias&gt; autoantibodies", or null. */
    private LexiconEntry autoantibodiesOf(Entity e) {
        if (!e.type().equals("biomarker") || !e.normalized().toLowerCase(java.util.Locale.ROOT).contains("receptor")) {
            return null;
        }
        LexiconEntry receptor = lexicon.byCanonical("biomarker", e.normalized());
        List<String> names = new ArrayList<>(List.of(e.normalized()));
        if (receptor != null) {
            names.addAll(receptor.aliases());
        }
        for (String name : names) {
            String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (String base : List.of(name, singular)) {
                LexiconEntry hit = CoordinationExpander.aliasEntry(lexicon, base + " autoantibodies");
                if (hit != null && hit.type().equals("biomarker")) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** The end of the cue's window: {@link #WINDOW} characters, cut at a sentence end (". " or a line break). */
    private static int sentenceEndOrWindow(String text, int from) {
        int limit = Math.min(text.length(), from + WINDOW);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return limit;
    }
}
