package org.studydraft.score;

/** A count out of a total: an accuracy (correct of scored) or a rate (e.g. unsupported of all draft numbers). */
public record Ratio(int hits, int total) {
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio plus(Ratio o) {
        return new Ratio(hits + o.hits, total + o.total);
    }

    public static Ratio of(boolean hit) {
        return new Ratio(hit ? 1 : 0, 1);
    }

    /** Null when nothing was counted. */
    public Double value() {
        return total == 0 ? null : (double) hits / total;
    }
}
