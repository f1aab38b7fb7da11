package org.studydraft.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Plainly English text is recognised by its function words; anything else is left to the model. */
class FunctionWordCheckTest {
    private final FunctionWordCheck check = FunctionWordCheck.load(Path.of("annotators/clean/function-words.tsv"), 50, 0.10, 0.02);

    private static String times(String text, int n) {
        return (text + " ").repeat(n);
    }

    @Test
    void englishProseIsConclusive() {
        String text = times("In this study we compared the exercise tolerance of patients with myalgic encephalomyelitis "
                + "with that of sedentary controls, and the recovery of heart rate was slower in the patient group than "
                + "in the controls after two days of testing.", 3);
        assertTrue(check.englishShare(text) >= 0.10);
    }

    @Test
    void otherLanguagesAreNotConclusive() {
        String german = times("Die Patienten mit chronischem Erschöpfungssyndrom wurden in der Studie mit gesunden "
                + "Kontrollpersonen verglichen, und die Erholung der Herzfrequenz war bei den Patienten langsamer.", 3);
        String french = times("Les patients atteints du syndrome de fatigue chronique sont comparés à des témoins "
                + "sédentaires dans une étude pour évaluer la récupération après un effort.", 3);
        assertEquals(-1, check.englishShare(german));
        assertEquals(-1, check.englishShare(french));
    }

    @Test
    void mixedOrShortTextIsLeftToTheModel() {
        String mixed = times("Die Patienten wurden in der Studie mit Kontrollpersonen verglichen und die Erholung war langsamer. "
                + "The patients were compared with controls and the recovery was slower.", 3);
        assertEquals(-1, check.englishShare(mixed));
        assertEquals(-1, check.englishShare("The recovery of the patients was slower than that of the controls."));
    }
}
