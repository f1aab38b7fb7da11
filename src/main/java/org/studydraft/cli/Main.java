package org.studydraft.cli;

import org.studydraft.batch.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code studydraft} command line. */
@Command(name = "studydraft", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"StudyDraft: scraped ME/CFS research text to auditable machine-draft entries.",
            "Run without a command to see this help."},
        subcommands = {RunCommand.class, ScoreCommand.class, GoldCommand.class, TrainCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the command finished (single rejected documents are listed, not errors)",
            "1:an unexpected internal error",
            "2:bad arguments",
            "3:the input folder or a gold file cannot be read, or the pipeline cannot be assembled",
            "4:the output folder cannot be written, or another run is using it"})
public final class Main implements Runnable {
    public static final int EXIT_INPUT = 3;
    public static final int EXIT_OUTPUT = 4;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /** {@code --version}: the release and the pipeline version of the resources found. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"studydraft " + PipelineVersion.releaseVersion()};
        }
    }
}
