package org.studydraft.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studydraft.extract.PValueCheck.Result;

/** Recomputed p-values against values computed independently (SciPy 1.17: f.sf, 2·t.sf, chi2.sf, 2·norm.sf). */
class PValueCheckTest {

    private static List<Double> df(double... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void recomputesPFromEachDistribution() {
        assertEquals(1.0015751145e-4, PValueCheck.recompute("F", 19.4, df(1, 34)), 1e-12, "F(1,34)=19.4");
        assertEquals(0.0474176968, PValueCheck.recompute("t", 2.1, df(22)), 1e-9, "t(22)=2.1, two-sided");
        assertEquals(0.0474176968, PValueCheck.recompute("t", -2.1, df(22)), 1e-9, "the sign does not matter");
        assertEquals(0.0428521269, PValueCheck.recompute("chi2", 6.3, df(2)), 1e-9, "chi2(2)=6.3");
        assertEquals(0.0499957903, PValueCheck.recompute("z", 1.96, null), 1e-9, "z=1.96, two-sided");
        assertEquals(0.0027889377, PValueCheck.recompute("r", 0.45, df(40)), 1e-9, "r(40)=.45 via t with df 40");
        assertEquals(0.0027889377, PValueCheck.recompute("r", -0.45, df(40)), 1e-9);
        assertEquals(0.0240026428, PValueCheck.recompute("F", 4.1, df(2, 40)), 1e-9);
    }

    @Test
    void cannotRecomputeWithoutDistributionOrDf() {
        for (String type : List.of("OR", "HR", "RR", "AUC", "d", "eta2", "beta", "R2", "U", "rho", "p")) {
            assertTrue(Double.isNaN(PValueCheck.recompute(type, 1.5, df(10))), type);
        }
        assertTrue(Double.isNaN(PValueCheck.recompute("t", 2.1, null)), "t without df");
        assertTrue(Double.isNaN(PValueCheck.recompute("F", 3.0, df(2))), "F needs two df");
        assertTrue(Double.isNaN(PValueCheck.recompute("r", 1.2, df(40))), "|r| > 1");
    }

    /** Statistic and p as reported (text), so their rounding is the written one. */
    @ParameterizedTest(name = "{0}({1}) = {2}, p {3} {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # type | df   | value    | op | p      | result
            t      | 22   | 2.1      | =  | .047   | CONSISTENT
            t      | 22   | 2.1      | =  | .05    | CONSISTENT
            t      | 22   | 2.1      | =  | .03    | INCONSISTENT
            t      | 22   | -2.1     | <  | .05    | CONSISTENT
            t      | 22   | 2.1      | <  | .01    | INCONSISTENT
            t      | 22   | 2.1      | >  | .05    | CONSISTENT
            t      | 22   | 2.10000  | >  | .05    | INCONSISTENT
            F      | 1;34 | 19.4     | =  | .0001  | CONSISTENT
            F      | 1;34 | 19.4     | <  | .001   | CONSISTENT
            F      | 1;34 | 19.4     | =  | 0.0002 | INCONSISTENT
            chi2   | 2    | 6.3      | =  | .04    | CONSISTENT
            chi2   | 2    | 6.3      | =  | .05    | INCONSISTENT
            chi2   | 2    | 6.3      | <= | .043   | CONSISTENT
            z      | -    | 1.96     | =  | .05    | CONSISTENT
            z      | -    | 1.96     | <  | .05    | CONSISTENT
            z      | -    | 1.96     | >= | .06    | INCONSISTENT
            z      | -    | 2.109517 | =  | .03    | CONSISTENT
            z      | -    | 2.107203 | =  | .03    | INCONSISTENT
            z      | -    | 2.107203 | =  | .04    | CONSISTENT
            z      | -    | 2.8      | =  | .005   | CONSISTENT
            z      | -    | 5.2      | =  | .000   | CONSISTENT
            r      | 40   | .45      | =  | .003   | CONSISTENT
            r      | 40   | .45      | <  | .001   | INCONSISTENT
            z      | -    | 4.5      | <  | 10^-4  | CONSISTENT
            z      | -    | 3.5      | <  | 10^-4  | INCONSISTENT
            t      | -    | 2.1      | =  | .047   | NOT_CHECKABLE
            OR     | -    | 2.3      | =  | .01    | NOT_CHECKABLE
            """)
    void checksReportedPWithinRounding(String type, String df, String value, String op, String p, Result expected) {
        List<Double> dfs = df == null ? null : java.util.Arrays.stream(df.split(";")).map(Double::valueOf).toList();
        assertEquals(expected, PValueCheck.check(type, ReportedNumber.parse(value), dfs, op, ReportedNumber.parse(p)));
    }

    @Test
    void withoutPNothingIsCheckable() {
        assertEquals(Result.NOT_CHECKABLE, PValueCheck.check("t", ReportedNumber.parse("2.1"), df(22), null, null));
        assertEquals("not_checkable", Result.NOT_CHECKABLE.label());
        assertEquals("consistent", Result.CONSISTENT.label());
        assertEquals("inconsistent", Result.INCONSISTENT.label());
    }
}
