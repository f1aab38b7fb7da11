package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaks: a hard-wrapped line inside running text is a space, a paragraph, heading or list break is not. */
class LexiconMatcherTest {

    private static LexiconMatcher matcher() {
        Lexicon lex = Lexicon.load(java.nio.file.Path.of("annotators", "lexicons"), List.of("symptom"));
        return new LexiconMatcher(lex);
    }

    private static List<String> found(String text) {
        return matcher().match(text).stream().map(e -> e.normalized() + "=" + e.text()).toList();
    }

    @Test
    void aHardWrappedLineInsideASentenceIsASpace() {
        assertEquals(List.of("post-exertional malaise=post-exertional\nmalaise"),
                found("they reported post-exertional\nmalaise and"), "not the shorter 'malaise' on the next line");
        assertEquals(List.of("unrefreshing sleep=unrefreshing\nsleep"), found("reported unrefreshing\nsleep."));
    }

    @Test
    void aParagraphHeadingOrListBreakIsNotCrossed() {
        assertEquals(List.of("pain=Pain", "fatigue=fatigue"), found("Pain\n\nfatigue was common"), "paragraph break");
        assertEquals(List.of("fatigue=Fatigue", "headache=Headache"), found("• Fatigue\n• Headache"), "list items");
        assertEquals(List.of("pain=pain", "fatigue=Fatigue"), found("pain\nFatigue Clinic"), "next line starts a new unit");
    }
}
