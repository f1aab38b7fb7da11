package org.studydraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.studydraft.batch.ProjectHome;
import org.studydraft.score.GoldChecker;
import org.studydraft.score.GoldLabel;
import org.studydraft.score.GoldSet;
import org.studydraft.score.GoldSplit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft gold}: keeping the gold set sound ({@code check}) and split ({@code split}). */
@Command(name = "gold", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Gold-set maintenance: validate the labels, assign the dev/test split.",
        subcommands = {GoldCommand.Check.class, GoldCommand.Split.class})
public final class GoldCommand implements Runnable {
    /** Exit status of {@code gold check} when a label has problems. */
    public static final int EXIT_PROBLEMS = 5;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** The gold folder: the option, or {@code gold} under the project home (shown relative to the working folder). */
    static Path goldDir(Path option) {
        if (option != null) {
            return option;
        }
        Path dir = ProjectHome.locate().resolve("gold");
        Path cwd = Path.of("").toAbsolutePath();
        return dir.startsWith(cwd) ? cwd.relativize(dir) : dir;
    }

    /** {@code studydraft gold check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Validate every gold label: known values only, required fields with the right",
                "types, findings, conclusions and statistic texts verbatim in the raw document,",
                "boilerplate_lines within it, id equal to the file name, every file in gold/docs",
                "labelled, split.tsv listing every label once. Documents outside the project that",
                "are absent (no ../shared) are skipped with a notice."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no problems", "3:the gold folder cannot be read", "5:problems found (each printed with file and field)"})
    static final class Check implements Callable<Integer> {
        @Option(names = "--gold", description = "gold folder (default: gold under the project)")
        Path gold;

        @Override
        public Integer call() {
            Path dir = goldDir(gold);
            if (!Files.isDirectory(dir)) {
                System.err.println("studydraft: gold folder not found: " + dir);
                return Main.EXIT_INPUT;
            }
            GoldChecker.Report report = GoldChecker.check(dir);
            report.problems().forEach(p -> System.out.println(p));
            if (!report.skippedDocuments().isEmpty()) {
                System.out.println("notice: " + report.skippedDocuments().size()
                        + " labels' documents are absent (outside the project, e.g. no ../shared); their document checks were skipped");
            }
            System.out.println(report.labels() + " labels checked, " + report.problems().size() + " problems");
            return report.ok() ? 0 : EXIT_PROBLEMS;
        }
    }

    /** {@code studydraft gold split}. */
    @Command(name = "split", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Write gold/split.tsv: about two thirds dev, one third test, stratified by kind",
                "and design (labels in kind/design/id order, every third to test). Existing rows",
                "are kept, so adding labels never moves a dev document into test; --fresh",
                "reassigns every label."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "3:the gold labels cannot be read", "4:split.tsv cannot be written"})
    static final class Split implements Callable<Integer> {
        @Option(names = "--gold", description = "gold folder (default: gold under the project)")
        Path gold;

        @Option(names = "--fresh", description = "ignore the existing split and reassign every label")
        boolean fresh;

        @Override
        public Integer call() {
            GoldSet set;
            try {
                set = GoldSet.load(goldDir(gold));
            } catch (RuntimeException e) {
                System.err.println("studydraft: " + e.getMessage());
                return Main.EXIT_INPUT;
            }
            GoldSplit split = fresh ? GoldSplit.fresh(set.labels())
                    : GoldSplit.extend(GoldSplit.read(set.splitFile()), set.labels());
            try {
                split.write(set.splitFile());
            } catch (RuntimeException e) {
                System.err.println("studydraft: cannot write " + set.splitFile() + ": " + e.getMessage());
                return Main.EXIT_OUTPUT;
            }
            Map<String, int[]> byKind = new TreeMap<>();
            for (GoldLabel l : set.labels()) {
                byKind.computeIfAbsent(l.kind(), k -> new int[2])["test".equals(split.splitOf(l.id())) ? 1 : 0]++;
            }
            System.out.printf("%s: %d dev, %d test%n", set.splitFile(), split.count("dev"), split.count("test"));
            byKind.forEach((kind, n) -> System.out.printf("  %-12s dev %3d  test %3d%n", kind, n[0], n[1]));
            return 0;
        }
    }
}
