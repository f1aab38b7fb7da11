package org.studydraft.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studydraft.batch.ProjectHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft-spark generate}: synthetic documents for scale tests (see {@link SyntheticCorpus}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N synthetic documents recombined from the project's own samples (gold/docs) with new numbers,",
            "as JSON Lines (--out ending in .jsonl: id, text, url) or as .txt files in a folder."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = {"-n", "--count"}, description = "how many documents (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    long count;

    @Option(names = "--out", required = true, description = "a .jsonl file or a folder")
    Path out;

    @Option(names = "--seed", description = "random seed; the same seed gives the same documents (default: ${DEFAULT-VALUE})", defaultValue = "8")
    long seed;

    @Option(names = "--home", description = "the folder holding annotators/, pipeline/ and gold/docs (default: found like run finds it)")
    Path home;

    @Option(names = "--samples", description = "the sample documents to recombine (default: gold/docs under --home)")
    Path samples;

    @Override
    public Integer call() throws IOException {
        Path root = home != null ? home : ProjectHome.locate();
        SyntheticCorpus corpus = SyntheticCorpus.fromSamples(root, samples != null ? samples : root.resolve("gold/docs"), seed);
        corpus.write(out, count);
        System.out.println("wrote " + count + " synthetic documents recombined from " + corpus.samples() + " samples to " + out);
        return 0;
    }
}
