package org.studydraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.StudyDraftPipeline;
import org.studydraft.score.GoldSet;
import org.studydraft.score.GoldSplit;
import org.studydraft.score.KindModelBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft train kind}: rebuild the kind model's training data from the gold dev documents. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Rebuild a statistical model's training data from the gold set's dev documents.",
            "The only model so far is 'kind': OpenNLP maxent over the kind stage's rule features. Its training",
            "data is a readable TSV under annotators/ (never a binary); the model is trained from it when the",
            "pipeline is assembled. Prints leave-one-out accuracy of the rules alone and of the model."})
public final class TrainCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "the model to build: kind")
    String model;

    @Option(names = "--gold", description = "gold folder (default: gold under the project)")
    Path gold;

    @Option(names = "--out", description = "training data file (default: annotators/models/kind.tsv)")
    Path out;

    @Option(names = "--pipeline", description = "pipeline definition (default: pipeline/default.properties)")
    Path pipeline;

    @Option(names = "--iterations", defaultValue = "100", description = "maxent training iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "minimum feature count (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Override
    public Integer call() throws Exception {
        if (!"kind".equals(model)) {
            System.err.println("studydraft: unknown model '" + model + "' (known: kind)");
            return 2;
        }
        Path home = ProjectHome.locate();
        Path goldDir = GoldCommand.goldDir(gold);
        if (!Files.isDirectory(goldDir)) {
            System.err.println("studydraft: gold folder not found: " + goldDir);
            return Main.EXIT_INPUT;
        }
        GoldSet set = GoldSet.load(goldDir);
        GoldSplit split = GoldSplit.read(set.splitFile());
        KindModelBuilder.Result r = KindModelBuilder.build(set, split, home, StudyDraftPipeline.pipelineFile(home, pipeline),
                iterations, cutoff);
        Path target = out != null ? out : home.resolve("annotators/models/kind.tsv");
        KindModelBuilder.write(target, r.examples());
        int n = r.examples().size();
        System.out.printf("kind training data: %d dev documents -> %s (%d skipped: absent or rejected)%n", n, target, r.skipped());
        System.out.printf("leave-one-out accuracy: rules alone %.3f (%d/%d) · maxent over rule features %.3f (%d/%d)%n",
                n == 0 ? 0 : (double) r.rulesCorrect() / n, r.rulesCorrect(), n, n == 0 ? 0 : (double) r.modelCorrect() / n,
                r.modelCorrect(), n);
        return 0;
    }
}
