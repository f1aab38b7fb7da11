package org.studydraft.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.studydraft.core.Resources;

/**
 * OpenNLP maximum-entropy model over rule features (the names of the cues that fired, not the words of a text).
 * It is trained when the pipeline is assembled from a committed, human-readable TSV of labelled feature lists
 * ({@code id, label, features}) that a command derives from the gold set's dev documents — never an opaque binary.
 * Training is deterministic (GIS, fixed iterations, one thread) and takes milliseconds.
 */
public final class MaxentClassifier {
    /** One labelled training example. */
    public record Example(String id, String label, List<String> features) {
    }

    /** A prediction: the best label, its probability, and the features that pushed most towards it. */
    public record Prediction(String label, double probability, List<String> features) {
    }

    private final MaxentModel model;
    private final int examples;

    private MaxentClassifier(MaxentModel model, int examples) {
        this.model = model;
        this.examples = examples;
    }

    public static MaxentClassifier train(List<Example> data, int iterations, int cutoff) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        List<Event> events = new ArrayList<>();
        for (Example e : data) {
            events.add(new Event(e.label(), context(e.features())));
        }
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
            return new MaxentClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)), data.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Example> readExamples(Path tsv) {
        List<Example> out = new ArrayList<>();
        for (String[] row : Resources.readTsv(tsv, 3)) {
            out.add(new Example(row[0], row[1], row[2].isBlank() ? List.of() : Arrays.asList(row[2].split(" "))));
        }
        return out;
    }

    public int examples() {
        return examples;
    }

    public Prediction predict(List<String> features) {
        String[] ctx = context(features);
        double[] probs = model.eval(ctx);
        String best = model.getBestOutcome(probs);
        double p = probs[model.getIndex(best)];
        // Report the features that are present and were seen in training (the model ignores the others).
        List<String> shown = features.stream().filter(f -> !f.equals("bias")).sorted(Comparator.naturalOrder()).limit(6).toList();
        return new Prediction(best, Math.round(p * 100) / 100.0, shown);
    }

    /** Feature names as the model sees them, with a bias feature so an empty list still gets the prior. */
    private static String[] context(List<String> features) {
        String[] ctx = new String[features.size() + 1];
        for (int i = 0; i < features.size(); i++) {
            ctx[i] = features.get(i).replace(' ', '_');
        }
        ctx[features.size()] = "bias";
        return ctx;
    }
}
