package org.studydraft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studydraft.batch.Benchmark;
import org.studydraft.batch.ProjectHome;
import org.studydraft.core.PipelineException;
import org.studydraft.write.AtomicFiles;
import org.studydraft.write.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studydraft bench}: throughput of the pipeline against CoreNLP, cold start and memory, on the gold documents. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Measures, after a warm-up and in one process, the full pipeline (as run does it, a worker per core)",
            "and CoreNLP tokenize,ssplit alone (one thread) over the gold documents repeated to --tokens tokens;",
            "CoreNLP's default tokenize,ssplit,pos,lemma,ner on a sample in a child JVM (needs the CoreNLP models jar:",
            "mvn -Pbench package, or --corenlp-models); the cold start of java -jar target/studydraft.jar run over one",
            "document; peak heap and peak resident memory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (figures that could not be taken are reported as skipped)", "1:unexpected internal error",
            "2:bad arguments", "3:no benchmark documents, or the pipeline cannot be assembled", "4:--json file not writable"})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--tokens", defaultValue = "200000", description = "token budget of the timed runs (default: ${DEFAULT-VALUE})")
    long tokens;

    @Option(names = "--threads", description = "pipeline workers (default: one per core)")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "1", description = "warm-up passes over the distinct documents (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds; each figure is its best round (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--corenlp-sample", defaultValue = "10", description = "documents for CoreNLP's default pipeline (default: ${DEFAULT-VALUE})")
    int corenlpSample;

    @Option(names = "--corenlp-models", description = "the CoreNLP models jar (default: looked up next to CoreNLP, in target/bench-lib, in ~/.m2)")
    Path corenlpModels;

    @Option(names = "--skip-cold-start", description = "do not measure the cold start")
    boolean skipColdStart;

    @Option(names = "--pipeline", description = "pipeline definition (default: pipeline/default.properties)")
    Path pipeline;

    @Option(names = "--json", description = "also write the figures to this JSON file")
    Path json;

    @Override
    public Integer call() throws InterruptedException {
        if (tokens < 1 || warmup < 0 || rounds < 1 || corenlpSample < 1) {
            System.err.println("studydraft bench: --tokens, --rounds and --corenlp-sample must be positive, --warmup not negative");
            return CommandLine.ExitCode.USAGE;
        }
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Benchmark.Result r;
        try {
            r = new Benchmark(new Benchmark.Options(ProjectHome.locate(), pipeline, workers, tokens, warmup, rounds, corenlpSample,
                    corenlpModels, !skipColdStart)).run();
        } catch (PipelineException | IOException e) {
            System.err.println("studydraft bench: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        print(r, System.out);
        if (json != null) {
            try {
                AtomicFiles.writeString(json, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r)) + "\n");
            } catch (IOException e) {
                System.err.println("studydraft bench: cannot write " + json + ": " + e.getMessage());
                return Main.EXIT_OUTPUT;
            }
        }
        return CommandLine.ExitCode.OK;
    }

    static void print(Benchmark.Result r, PrintStream out) {
        Benchmark.Throughput p = r.pipeline();
        Benchmark.Throughput t = r.tokenizeSsplit();
        out.printf("documents  %d timed (%d distinct gold documents repeated), %d tokens (CoreNLP tokens of the decoded text);"
                + " best of %d rounds%n", p.documents(), r.distinctDocuments(), p.tokens(), r.rounds());
        out.printf("pipeline          %8.1f docs/s %10.0f tokens/s   (full pipeline, bytes to entry, %d workers)%n",
                p.docsPerSecond(), p.tokensPerSecond(), p.threads());
        out.printf("tokenize+ssplit   %8.1f docs/s %10.0f tokens/s   (CoreNLP alone on the decoded text, 1 thread)%n",
                t.docsPerSecond(), t.tokensPerSecond());
        out.printf("ratio             %8.2f   pipeline (%d workers) / tokenize+ssplit (1 thread), docs/s%n", r.ratio(), p.threads());
        if (r.corenlpDefault() != null) {
            Benchmark.Throughput c = r.corenlpDefault();
            out.printf("corenlp default   %8.2f docs/s %10.0f tokens/s   (tokenize,ssplit,pos,lemma,ner; %d documents, %d threads)%n",
                    c.docsPerSecond(), c.tokensPerSecond(), c.documents(), c.threads());
            out.printf("speed-up          %8.1fx  pipeline / CoreNLP default, docs/s%n", r.corenlpDefaultSpeedup());
        }
        if (r.coldStartSeconds() != null) {
            out.printf("cold start        %8.2f s  from launching java -jar target/studydraft.jar run over one document to its entry"
                    + " written (language model from the user cache, as on every run after the first)%n", r.coldStartSeconds());
        }
        out.printf("memory            peak heap %.0f MB (sum of pool peaks), peak RSS %s%n", r.peakHeapMb(),
                r.peakRssMb() == null ? "n/a" : String.format("%.0f MB", r.peakRssMb()));
        StringBuilder stages = new StringBuilder("time per stage (ms, summed over workers, best round):");
        r.stageMillis().forEach((k, v) -> stages.append(' ').append(k).append(' ').append(Math.round(v)));
        out.println(stages);
        r.notices().forEach(n -> out.println("notice: " + n));
    }

    static ObjectNode toJson(Benchmark.Result r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pipeline_docs_per_s", round(r.pipeline().docsPerSecond()));
        o.put("tokenize_ssplit_docs_per_s", round(r.tokenizeSsplit().docsPerSecond()));
        o.put("ratio", round(r.ratio()));
        o.put("ratio_basis", "pipeline with " + r.pipeline().threads() + " workers vs tokenize+ssplit on 1 thread");
        if (r.corenlpDefault() == null) {
            o.putNull("corenlp_default_docs_per_s");
        } else {
            o.put("corenlp_default_docs_per_s", round(r.corenlpDefault().docsPerSecond()));
            o.put("speedup_vs_corenlp_default", round(r.corenlpDefaultSpeedup()));
        }
        if (r.coldStartSeconds() == null) {
            o.putNull("cold_start_s");
        } else {
            o.put("cold_start_s", round(r.coldStartSeconds()));
        }
        if (r.peakRssMb() == null) {
            o.putNull("peak_rss_mb");
        } else {
            o.put("peak_rss_mb", round(r.peakRssMb()));
        }
        o.put("peak_heap_mb", round(r.peakHeapMb()));
        o.put("pipeline_tokens_per_s", round(r.pipeline().tokensPerSecond()));
        o.put("tokenize_ssplit_tokens_per_s", round(r.tokenizeSsplit().tokensPerSecond()));
        o.put("documents", r.pipeline().documents());
        o.put("rounds", r.rounds());
        o.put("distinct_documents", r.distinctDocuments());
        o.put("tokens", r.pipeline().tokens());
        o.put("threads", r.pipeline().threads());
        ObjectNode stages = o.putObject("stage_ms");
        r.stageMillis().forEach((k, v) -> stages.put(k, round(v)));
        r.notices().forEach(o.putArray("notices")::add);
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
