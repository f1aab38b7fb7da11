package org.studydraft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.OutputStats;
import org.studydraft.batch.PipelineVersion;
import org.studydraft.batch.ProjectHome;
import org.studydraft.batch.RunOptions;
import org.studydraft.batch.RunSummary;
import org.studydraft.core.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft run}: process a folder of documents into entries, incrementally. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Process every .txt, .html, .htm and .md file under --in into machine-draft entries in --out. "
                + "With no arguments, processes the bundled sample documents (gold/docs) into out/.",
            "",
            "Incremental: a document whose bytes, path and pipeline version are unchanged is not processed again; a changed "
                + "lexicon, rule, pipeline file or code changes the pipeline version and redoes everything. A run with nothing "
                + "to do does not even load the pipeline.",
            "",
            "Safe: a bad document is listed in rejected.jsonl with a reason and never stops the run; one that takes longer "
                + "than --time-limit is rejected and abandoned. The output files are replaced as one unit, so a run killed at "
                + "any moment leaves the previous output intact, and the next run resumes where it stopped.",
            "",
            "Progress: a progress bar on a terminal, a line every few seconds otherwise; a summary at the end and in run.json.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished (rejected documents are listed in rejected.jsonl)", "1:unexpected internal error",
            "2:bad arguments", "3:input folder unreadable, or the pipeline or its resources cannot be read or assembled",
            "4:output folder not writable, or in use by another run"})
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

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or lines, only the summary")
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
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            System.err.println("studydraft: --out must not be the input folder itself: " + output);
            return CommandLine.ExitCode.USAGE;
        }
        if (maxBytes < 1 || timeLimit <= 0) {
            System.err.println("studydraft: --max-bytes and --time-limit must be positive");
            return CommandLine.ExitCode.USAGE;
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
            printSummary(s, output, System.out);
            return CommandLine.ExitCode.OK;
        } catch (PipelineException e) {
            System.err.println("studydraft: " + e.getMessage());
            return Main.EXIT_INPUT;
        } catch (IOException e) {
            System.err.println("studydraft: cannot write output: " + e.getMessage());
            return Main.EXIT_OUTPUT;
        }
    }

    /** The closing screen: what happened to the documents, why some were rejected, where the time went. */
    static void printSummary(RunSummary s, Path output, PrintStream out) {
        OutputStats o = s.output();
        out.println("StudyDraft " + PipelineVersion.releaseVersion() + " · pipeline " + s.pipelineVersion());
        if (s.nothingToDo()) {
            out.println("Nothing new to do: all " + s.skippedUnchanged() + " documents unchanged since the last run"
                    + (s.pipelineAssembled() ? "." : " (pipeline not assembled)."));
        }
        out.printf("documents  seen %d · processed %d · unchanged %d · rejected %d · vanished %d%n",
                s.seen(), s.processed(), s.skippedUnchanged(), o.rejected(), s.vanished().size());
        out.printf("entries    %d · warnings %d · studies with several entries %d (%d entries)%n",
                o.entries(), o.warnings(), o.studies(), o.entriesInStudies());
        o.rejectedByReason().forEach((reason, n) -> out.printf("  rejected: %-56s %4d%n", reason, n));
        o.warningsByKind().forEach((kind, n) -> out.printf("  warning:  %-56s %4d%n", kind, n));
        if (!o.needsAttention().isEmpty()) {
            out.println("  drafts needing attention: " + String.join(", ", o.needsAttention()));
        }
        out.printf("time       %.2f s wall · %.2f s in the pipeline on %d workers%n", s.seconds(), s.pipelineSeconds(), s.threads());
        if (!s.stageMillis().isEmpty()) {
            StringBuilder sb = new StringBuilder("  per stage (ms, summed over workers):");
            s.stageMillis().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(Math.round(v)));
            out.println(sb);
        }
        if (!s.slowest().isEmpty()) {
            StringBuilder sb = new StringBuilder("  slowest documents:");
            s.slowest().forEach(x -> sb.append(String.format(" %s %.2f s", x.id(), x.seconds())));
            out.println(sb);
        }
        out.println("output     " + output.toAbsolutePath().normalize() + (s.outputsRewritten() ? "" : " (unchanged)"));
    }
}
