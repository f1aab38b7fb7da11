package org.studydraft.score;

/** True positives, false positives and false negatives, with precision, recall and F1 (null when undefined). */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Double precision() {
        return tp + fp == 0 ? null : (double) tp / (tp + fp);
    }

    public Double recall() {
        return tp + fn == 0 ? null : (double) tp / (tp + fn);
    }

    /** F1 = 2tp / (2tp + fp + fn); null when there was nothing to find and nothing was predicted. */
    public Double f1() {
        return tp + fp + fn == 0 ? null : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
