package org.studydraft.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code studydraft-spark}: the Spark job and the synthetic-document generator for its scale tests. */
@Command(name = "studydraft-spark", mixinStandardHelpOptions = true,
        description = {"StudyDraft on Apache Spark: the run command's pipeline over many documents at once.",
            "Run without a command to see this help."},
        subcommands = {SparkCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    static final int EXIT_INPUT = 3;
    static final int EXIT_OUTPUT = 4;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
