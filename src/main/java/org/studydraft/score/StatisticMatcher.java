package org.studydraft.score;

import java.util.List;
import org.studydraft.score.GoldLabel.GoldStatistic;
import org.studydraft.score.Prediction.PredictedStatistic;

/**
 * Statistics: a prediction matches a gold statistic of the same type with the same value (relative difference at
 * most 1e-6, or absolute at most 0.005 for a value rounded differently); a p-value standing alone (type {@code p})
 * matches on the same operator and the same p. p-values are compared by relative difference only: they are small,
 * and an absolute 0.005 would make p = .001 and p = .004 the same. One-to-one.
 */
public final class StatisticMatcher {
    public static final double RELATIVE = 1e-6;
    public static final double ABSOLUTE = 0.005;

    private StatisticMatcher() {
    }

    public static boolean sameValue(Double gold, Double predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        double diff = Math.abs(gold - predicted);
        return diff <= ABSOLUTE || diff <= RELATIVE * Math.max(Math.abs(gold), Math.abs(predicted));
    }

    public static boolean sameP(Double gold, Double predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        return Math.abs(gold - predicted) <= RELATIVE * Math.max(Math.abs(gold), Math.abs(predicted));
    }

    /** Operators as the guide writes them: "≤" is "<=", "=<" is "<=", a missing operator is "=". */
    public static String operator(String op) {
        if (op == null || op.isBlank()) {
            return "=";
        }
        String o = op.strip().replace("≤", "<=").replace("≥", ">=").replace("=<", "<=").replace("=>", ">=");
        return o.equals("==") ? "=" : o;
    }

    public static boolean matches(GoldStatistic gold, PredictedStatistic predicted) {
        if (gold.type() == null || !gold.type().equals(predicted.type())) {
            return false;
        }
        if (gold.type().equals("p")) {
            Double p = predicted.p() != null ? predicted.p() : predicted.value();
            return operator(gold.pOp()).equals(operator(predicted.pOp())) && sameP(gold.p(), p);
        }
        return sameValue(gold.value(), predicted.value());
    }

    public static Matching<GoldStatistic, PredictedStatistic> match(List<GoldStatistic> gold, List<PredictedStatistic> predicted) {
        return Matching.of(gold, predicted, StatisticMatcher::matches);
    }
}
