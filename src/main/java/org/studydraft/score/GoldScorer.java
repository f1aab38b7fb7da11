package org.studydraft.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scores the gold documents of one split: reads each label's raw document, gets its prediction, scores it. */
public final class GoldScorer {
    private GoldScorer() {
    }

    /** Documents whose raw file is absent are skipped and listed in {@link Scoreboard#absent()}. */
    public static Scoreboard score(GoldSet gold, String split, PredictionSource predictions) throws IOException {
        Scoreboard board = new Scoreboard(split, predictions.describe());
        for (GoldLabel label : gold.ofSplit(split)) {
            Path doc = gold.docPath(label);
            if (!Files.isRegularFile(doc)) {
                board.absent(label.id());
                continue;
            }
            RawDocument raw = RawDocument.read(doc);
            PredictionSource.Result r = predictions.predict(label, raw);
            if (r.missingReason() != null) {
                board.unpredicted(label.id(), r.missingReason());
            }
            DocumentScorer.score(label, raw, r.prediction(), board);
        }
        return board;
    }
}
