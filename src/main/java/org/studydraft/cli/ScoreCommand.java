package org.studydraft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.studydraft.batch.ProjectHome;
import org.studydraft.core.PipelineException;
import org.studydraft.score.Baseline;
import org.studydraft.score.FilePredictions;
import org.studydraft.score.GoldScorer;
import org.studydraft.score.GoldSet;
import org.studydraft.score.GoldSplit;
import org.studydraft.score.PipelinePredictions;
import org.studydraft.score.PredictionSource;
import org.studydraft.score.ScoreTable;
import org.studydraft.score.Scoreboard;
import org.studydraft.write.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft score}: the pipeline (or a prediction file) measured against the gold labels. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Score the pipeline against the gold labels of a split and print one table:",
            "accuracies, precision/recall/F1, rates, and the design and PEM confusion",
            "matrices (matching rules: gold/SCORING.md). Runs the pipeline over each label's",
            "raw document, or reads predictions from --pred. Documents whose raw file is",
            "absent (no ../shared) are skipped and counted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:bad arguments", "3:gold labels, split or predictions unreadable, or the pipeline cannot be assembled",
            "4:--json or --write-baseline cannot be written"})
public final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "gold folder (default: gold under the project)")
    Path gold;

    @Option(names = "--split", description = "dev, test or all (default: ${DEFAULT-VALUE})", defaultValue = "all")
    String split;

    @Option(names = "--pred", description = "score these entries (a run's entries.jsonl, or its output folder) instead of running the pipeline")
    Path pred;

    @Option(names = "--pipeline", description = "pipeline definition (default: pipeline/default.properties)")
    Path pipeline;

    @Option(names = "--json", description = "also write every figure, both confusion matrices and all misses as JSON")
    Path json;

    @Option(names = "--explain", paramLabel = "ID", description = "print every miss of this document (field, gold, predicted)")
    List<String> explain;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write the headline figures as the regression baseline")
    Path writeBaseline;

    @Override
    public Integer call() {
        if (!List.of("dev", "test", "all").contains(split)) {
            System.err.println("studydraft: --split must be dev, test or all, not '" + split + "'");
            return 2;
        }
        Path home = ProjectHome.locate();
        Path goldDir = GoldCommand.goldDir(gold);
        Scoreboard board;
        try {
            GoldSet set = GoldSet.load(goldDir);
            if (!split.equals("all") && !GoldSplit.exists(set.splitFile())) {
                System.err.println("studydraft: " + set.splitFile() + " not found; run 'studydraft gold split'");
                return Main.EXIT_INPUT;
            }
            Path entries = pred != null && Files.isDirectory(pred) ? pred.resolve("entries.jsonl") : pred;
            PredictionSource source = entries != null ? new FilePredictions(entries) : new PipelinePredictions(home, pipeline);
            board = GoldScorer.score(set, split, source);
        } catch (IOException | PipelineException | GoldSet.GoldException | GoldSplit.SplitFormatException e) {
            System.err.println("studydraft: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        System.out.print(ScoreTable.render(board));
        if (explain != null) {
            explain.forEach(id -> System.out.print("\n" + ScoreTable.explain(board, id)));
        }
        try {
            if (json != null) {
                Files.writeString(json, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(board.toJson()) + "\n");
            }
            if (writeBaseline != null) {
                Baseline.of(board).write(writeBaseline);
                System.out.println("\nbaseline written to " + writeBaseline);
            }
        } catch (IOException e) {
            System.err.println("studydraft: cannot write: " + e.getMessage());
            return Main.EXIT_OUTPUT;
        }
        return 0;
    }
}
