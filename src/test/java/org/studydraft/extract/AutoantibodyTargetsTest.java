package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.studydraft.core.Resources;

/** A receptor named as the target of antibodies is read as the autoantibodies against it. */
class AutoantibodyTargetsTest {
    private static final Lexicon LEX = Lexicon.load(Path.of("annotators", "lexicons"), List.of("biomarker"));

    private static List<String> found(String text) {
        List<Pattern> cues = Resources.readLines(Path.of("annotators", "lexicons", "autoantibody-targets.txt")).stream()
                .map(l -> Pattern.compile(l.strip())).toList();
        return new AutoantibodyTargets(LEX, cues).resolve(text, new LexiconMatcher(LEX).match(text)).stream()
                .map(e -> e.normalized() + "=" + e.text()).toList();
    }

    @Test
    void receptorsAfterAnAntibodyCueAreTheAutoantibodies() {
        assertEquals(List.of("autoantibodies=autoantibodies", "IgG=IgG", "β2-adrenergic receptor autoantibodies=β2-adrenergic receptors",
                        "muscarinic receptor autoantibodies=muscarinic acetylcholine receptors"),
                found("Serum autoantibodies (IgG) binding β2-adrenergic receptors and muscarinic acetylcholine receptors were raised."));
        assertEquals(List.of("AT1 receptor autoantibodies=AT1 receptor"), found("Antibodies targeting the AT1 receptor were measured."));
    }

    @Test
    void receptorsWithoutTheCueOrInTheNextSentenceStayReceptors() {
        assertEquals(List.of("β2-adrenergic receptor=β2-adrenergic receptor"), found("Expression of the β2-adrenergic receptor fell."));
        assertEquals(List.of("autoantibodies=autoantibodies", "muscarinic acetylcholine receptors=muscarinic receptors"),
                found("We measured autoantibodies to thyroid peroxidase. Separately, muscarinic receptors were imaged."));
    }
}
