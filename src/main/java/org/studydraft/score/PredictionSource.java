package org.studydraft.score;

/** Where predictions come from: the pipeline run on the spot, or a file of entries written earlier. */
public interface PredictionSource {
    /** A prediction, or {@link Prediction#EMPTY} with the reason there is none. */
    record Result(Prediction prediction, String missingReason) {
        static Result of(Prediction p) {
            return new Result(p, null);
        }

        static Result missing(String why) {
            return new Result(Prediction.EMPTY, why);
        }
    }

    Result predict(GoldLabel label, RawDocument raw);

    /** Shown in the table's header: the pipeline version or the prediction file. */
    String describe();
}
