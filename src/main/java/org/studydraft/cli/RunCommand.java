package org.studydraft.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.PipelineVersion;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.RunOptions;
import org.studydraft.batch.RunSummary;
import org.studydraft.core.PipelineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft run}: process a folder of documents into entries, incrementally. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Process every .txt, .html, .htm and .md file under --in into machine-draft entries in --out.",
            "Unchanged documents (same bytes, same pipeline version) are not processed again; a changed lexicon,",
            "rule or pipeline file changes the pipeline version and redoes everything. Bad documents are listed in",
            "rejected.jsonl with a reason and never stop the run.",
            "With no arguments, processes the bundled sample documents (gold/docs) into out/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished (rejected documents are listed in rejected.jsonl)", "1:unexpected internal error",
            "2:bad arguments", "3:input folder unreadable or pipeline cannot be assembled", "4:output folder not writable"})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--in", description = "input folder (default: the bundled sample, gold/docs)")
    Path in;

    @Option(names = "--out", description = "output folder (default: out)")
    Path out;

    @Option(names = "--pipeline", description = "pipeline definition (default: pipeline/default.properties)")
    Path pipeline;

    @Option(names = "--force", description = "process every document again, even unchanged ones")
    boolean force;

    @Option(names = "--threads", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--max-bytes", description = "read at most this many bytes of a document; longer ones are truncated with a warning (default: ${DEFAULT-VALUE})",
            defaultValue = "2000000")
    long maxBytes;

    @Option(names = "--time-limit", description = "seconds one document may take before it is rejected (default: ${DEFAULT-VALUE})",
            defaultValue = "60")
    double timeLimit;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines, only the summary")
    boolean quiet;

    @Override
    public Integer call() {
        Path home = ProjectHome.locate();
        Path input = in != null ? in : home.resolve("gold/docs");
        Path output = out != null ? out : Path.of("out");
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            System.err.println("studydraft: input folder not found or unreadable: " + input);
            return Main.EXIT_INPUT;
        }
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        RunOptions options = new RunOptions(input, output, home, pipeline, force, workers, maxBytes, timeLimit,
                LocalDate.now().toString(), quiet);
        try {
            Files.createDirectories(output);
            if (!Files.isWritable(output)) {
                throw new AccessDeniedException(output.toString());
            }
        } catch (IOException e) {
            System.err.println("studydraft: output folder cannot be written: " + output + " (" + e.getMessage() + ")");
            return Main.EXIT_OUTPUT;
        }
        try {
            RunSummary s = new BatchRunner(options, System.err).run();
            printSummary(s, output);
            return 0;
        } catch (PipelineException e) {
            System.err.println("studydraft: " + e.getMessage());
            return Main.EXIT_INPUT;
        } catch (IOException e) {
            System.err.println("studydraft: cannot write output: " + e.getMessage());
            return Main.EXIT_OUTPUT;
        }
    }

    static void printSummary(RunSummary s, Path output) {
        System.out.println("StudyDraft " + PipelineVersion.releaseVersion() + " · pipeline " + s.pipelineVersion());
        if (s.nothingToDo()) {
            System.out.println("Nothing new to do: all " + s.skippedUnchanged() + " documents unchanged since the last run.");
        }
        System.out.printf("documents seen %d · processed %d · unchanged %d · rejected %d · vanished %d · warnings %d%n",
                s.seen(), s.processed(), s.skippedUnchanged(), s.rejected(), s.vanished().size(), s.warnings());
        s.rejectedByReason().forEach((reason, n) -> System.out.printf("  rejected: %-50s %d%n", reason, n));
        if (!s.needsAttention().isEmpty()) {
            System.out.println("  drafts needing attention: " + String.join(", ", s.needsAttention()));
        }
        if (!s.stageMillis().isEmpty()) {
            StringBuilder sb = new StringBuilder("  time per stage (ms, all threads):");
            s.stageMillis().forEach((k, v) -> sb.append(' ').append(k).append('=').append(Math.round(v)));
            System.out.println(sb);
        }
        System.out.printf("  %.2f s wall, %d threads · output in %s%n", s.seconds(), s.threads(), output.toAbsolutePath().normalize());
    }
}
