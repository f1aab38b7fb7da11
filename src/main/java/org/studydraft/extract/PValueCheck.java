package org.studydraft.extract;

import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Does a reported p-value agree with its test statistic? Recomputes p as statcheck does: F and chi2 from the upper
 * tail, t, z and r two-sided (r through t = r·√(df / (1 − r²)) with df = n − 2, as "r(df)" reports it).
 * Both reported numbers are rounded, so both stand for ranges: t = 2.1 for [2.05, 2.15), p = .03 for [.025, .035).
 * The report is consistent when some statistic in its range gives a p in the reported p's range, or, for
 * "p &lt; x", a p below x (and so on for the other operators). Anything without a distribution (OR, d, U...),
 * without the df it needs, or without a p is not checkable. One-tailed reporting is not recognised.
 */
public final class PValueCheck {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** Just below 1, where |r| rounded up would reach a perfect correlation (p = 0). */
    private static final double MAX_R = 1 - 1e-12;

    public enum Result {
        CONSISTENT, INCONSISTENT, NOT_CHECKABLE;

        /** The contract's label: consistent, inconsistent, not_checkable. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private PValueCheck() {
    }

    /**
     * The p-value of a statistic of {@code type} with value {@code x} and degrees of freedom {@code df}, or NaN when
     * the type has no distribution here or lacks the df it needs.
     */
    public static double recompute(String type, double x, List<Double> df) {
        int dfCount = df == null ? 0 : df.size();
        switch (type) {
            case "F":
                return dfCount == 2 && x >= 0 && df.get(0) > 0 && df.get(1) > 0
                        ? FDistribution.of(df.get(0), df.get(1)).survivalProbability(x) : Double.NaN;
            case "chi2":
                return dfCount == 1 && x >= 0 && df.get(0) > 0
                        ? ChiSquaredDistribution.of(df.get(0)).survivalProbability(x) : Double.NaN;
            case "t":
                return dfCount == 1 && df.get(0) > 0 ? twoSidedT(x, df.get(0)) : Double.NaN;
            case "z":
                return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(x));
            case "r":
                if (dfCount != 1 || df.get(0) <= 0 || Math.abs(x) > 1) {
                    return Double.NaN;
                }
                double r = Math.min(Math.abs(x), MAX_R);
                return twoSidedT(r * Math.sqrt(df.get(0) / (1 - r * r)), df.get(0));
            default:
                return Double.NaN;
        }
    }

    private static double twoSidedT(double t, double df) {
        return 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
    }

    /** Checks the reported {@code op p} against statistic {@code value} of {@code type} with {@code df}. */
    public static Result check(String type, ReportedNumber value, List<Double> df, String op, ReportedNumber p) {
        if (value == null || p == null || op == null) {
            return Result.NOT_CHECKABLE;
        }
        // p falls as |statistic| grows: the largest |value| in its rounding range gives the smallest p
        double size = Math.abs(value.value());
        double pLowest = recompute(type, signed(value, size + value.halfUnit()), df);
        double pHighest = recompute(type, signed(value, Math.max(0, size - value.halfUnit())), df);
        if (Double.isNaN(pLowest) || Double.isNaN(pHighest)) {
            return Result.NOT_CHECKABLE;
        }
        boolean consistent = switch (op) {
            case "<" -> pLowest < p.value();
            case "<=" -> pLowest <= p.value();
            case ">" -> pHighest > p.value();
            case ">=" -> pHighest >= p.value();
            case "=" -> equalWithinRounding(pLowest, pHighest, p);
            default -> throw new IllegalArgumentException("unknown p operator " + op);
        };
        return consistent ? Result.CONSISTENT : Result.INCONSISTENT;
    }

    private static double signed(ReportedNumber value, double size) {
        return value.value() < 0 ? -size : size;
    }

    /** The recomputed range [lowest, highest] meets the reported p's rounding range [p − ½u, p + ½u). */
    private static boolean equalWithinRounding(double lowest, double highest, ReportedNumber p) {
        double tolerance = p.halfUnit() > 0 ? p.halfUnit() : Math.ulp(p.value()) * 4;
        return highest >= p.value() - tolerance && lowest < p.value() + tolerance;
    }
}
