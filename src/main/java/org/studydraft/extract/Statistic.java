package org.studydraft.extract;

import java.util.List;
import org.studydraft.core.Span;

/**
 * An inferential statistic as reported: its type (F, t, chi2, z, U, r, rho, R2, OR, RR, HR, AUC, d, eta2, beta,
 * or p for a p-value standing alone), parsed value, degrees of freedom, p-value with its operator, confidence
 * interval, the span it was read from, and whether the reported p agrees with the p recomputed from the statistic
 * ({@link PValueCheck.Result#label()}).
 */
public record Statistic(String type, String text, Double value, List<Double> df, String pOp, Double p, List<Double> ci,
                        Span span, String check) {
}
