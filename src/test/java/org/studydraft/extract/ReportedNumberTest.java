package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as written, with the half unit of their last digit. */
class ReportedNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.03         | 0.03     | 0.005
            .001         | 0.001    | 0.0005
            19.4         | 19.4     | 0.05
            112          | 112      | 0.5
            -2.1         | -2.1     | 0.05
            −2.1         | -2.1     | 0.05
            –0.41        | -0.41    | 0.005
            0·72         | 0.72     | 0.005
            1,234        | 1234     | 0.5
            2.3e-5       | 2.3e-5   | 5e-7
            2.3E−5       | 2.3e-5   | 5e-7
            2.3 × 10−5   | 2.3e-5   | 5e-7
            2.3 x 10^-5  | 2.3e-5   | 5e-7
            2.3×10⁻⁵     | 2.3e-5   | 5e-7
            10^-4        | 1e-4     | 0
            10−4         | 1e-4     | 0
            10⁻⁴         | 1e-4     | 0
            10**-4       | 1e-4     | 0
            0,05         | 0.05     | 0.005
            """)
    void readsValueAndRounding(String text, double value, double halfUnit) {
        ReportedNumber n = ReportedNumber.parse(text);
        assertEquals(value, n.value(), Math.abs(value) * 1e-12);
        assertEquals(halfUnit, n.halfUnit(), halfUnit * 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "n.s.", "1.2.3", "abc"})
    void rejectsNonNumbers(String text) {
        assertNull(ReportedNumber.parse(text));
    }
}
