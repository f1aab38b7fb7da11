package org.studydraft.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.studydraft.core.PipelineException;
import org.studydraft.core.Resources;

/**
 * Cue phrases read from a TSV file under {@code annotators/cues/} with columns
 * {@code label, weight, scope, pattern, note}. Patterns are case-insensitive Java regular expressions, compiled
 * once when the pipeline is assembled.
 */
public final class CueSet {
    private final List<Cue> cues;

    private CueSet(List<Cue> cues) {
        this.cues = List.copyOf(cues);
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

    public List<Cue> cues() {
        return cues;
    }

    public List<Cue> inScope(String scope) {
        return cues.stream().filter(c -> c.scope().equals(scope)).toList();
    }
}
