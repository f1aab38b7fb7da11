package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.studydraft.clean.Decoder;
import org.studydraft.core.DocumentRejected;
import org.studydraft.core.Pipeline;
import org.studydraft.segment.SegmentStage;
import org.studydraft.write.Json;

/**
 * The speed benchmark behind {@code studydraft bench}. In one process it warms up, then runs over the same
 * documents (the gold documents, repeated to a token budget) the full pipeline the way {@code run} does (a worker
 * per core, bytes to entry through {@link DocumentProcessor}) and CoreNLP's {@code tokenize,ssplit} alone on one
 * thread, in alternating rounds, and reports each one's best round and their ratio. CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner}
 * runs in a child JVM ({@link CoreNlpDefaultProbe}) so its models (~470 MB jar, gigabytes of heap) stay off the
 * runtime class path and out of this process's peak memory; the cold start is a child {@code java -jar ... run}
 * over one document, timed from launch to the first entry written.
 */
public final class Benchmark {
    /** Settings of one benchmark. */
    public record Options(Path home, Path pipelineFile, int threads, long tokenBudget, int warmupPasses, int rounds,
                          int corenlpSample, Path corenlpModels, boolean coldStart) {
    }

    /** One throughput measurement. */
    public record Throughput(int documents, long tokens, double seconds, int threads) {
        public double docsPerSecond() {
            return documents / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Everything the benchmark measured; a figure it could not take is null with a notice saying why. */
    public record Result(int distinctDocuments, int rounds, Throughput pipeline, Throughput tokenizeSsplit,
                         Throughput corenlpDefault, Double coldStartSeconds, Map<String, Double> stageMillis, double peakHeapMb,
                         Double peakRssMb, List<String> notices) {
        public double ratio() {
            return pipeline.docsPerSecond() / tokenizeSsplit.docsPerSecond();
        }

        public Double corenlpDefaultSpeedup() {
            return corenlpDefault == null ? null : pipeline.docsPerSecond() / corenlpDefault.docsPerSecond();
        }
    }

    /** A benchmark document: its bytes, and the text CoreNLP alone is given (the bytes decoded). */
    private record Doc(String id, Path path, byte[] bytes, String text, int tokens) {
    }

    private final Options options;

    public Benchmark(Options options) {
        this.options = options;
    }

    public Result run() throws IOException, InterruptedException {
        List<String> notices = new ArrayList<>();
        Path pipelineFile = StudyDraftPipeline.pipelineFile(options.home(), options.pipelineFile());
        String version = StudyDraftPipeline.version(options.home(), pipelineFile);
        StanfordCoreNLP tokenizer = SegmentStage.tokenizeSsplit();
        List<Doc> distinct = new ArrayList<>();
        for (Path p : documents(options.home())) {
            byte[] bytes = Files.readAllBytes(p);
            String text;
            try {
                text = Decoder.decode(bytes).text();
            } catch (DocumentRejected binary) {
                continue;
            }
            distinct.add(new Doc(InputScanner.stem(p), p, bytes, text, annotate(tokenizer, text)));
        }
        if (distinct.isEmpty()) {
            throw new IOException("no benchmark documents: neither gold/labels/*.json 'doc' paths nor gold/docs/ give a readable file");
        }
        List<Doc> docs = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; tokens < options.tokenBudget(); i++) {
            Doc d = distinct.get(i % distinct.size());
            docs.add(d);
            tokens += Math.max(1, d.tokens());
        }

        Pipeline pipeline = StudyDraftPipeline.assemble(options.home(), pipelineFile);
        DocumentProcessor processor = new DocumentProcessor(pipeline, version);
        for (int pass = 0; pass < options.warmupPasses(); pass++) {
            runPipeline(processor, distinct);
            distinct.forEach(d -> annotate(tokenizer, d.text()));
        }
        // Rounds alternate the two measurements and each keeps its best: on a shared machine other processes slow down
        // whichever runs at a busy moment, and the best round is the closest to what each really costs.
        Throughput tokenizeSsplit = null;
        Throughput full = null;
        Map<String, Double> stageMillis = Map.of();
        for (int round = 0; round < options.rounds(); round++) {
            long t0 = System.nanoTime();
            for (Doc d : docs) {
                annotate(tokenizer, d.text());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (tokenizeSsplit == null || seconds < tokenizeSsplit.seconds()) {
                tokenizeSsplit = new Throughput(docs.size(), tokens, seconds, 1);
            }
            pipeline.resetTimings();
            t0 = System.nanoTime();
            runPipeline(processor, docs);
            seconds = (System.nanoTime() - t0) / 1e9;
            if (full == null || seconds < full.seconds()) {
                full = new Throughput(docs.size(), tokens, seconds, options.threads());
                stageMillis = pipeline.stageMillis();
            }
        }
        double peakHeap = peakHeapMb();
        Double peakRss = peakRssMb();

        Throughput corenlpDefault = corenlpDefault(distinct, notices);
        Double coldStart = options.coldStart() ? coldStart(distinct.get(0), notices) : null;
        if (!options.coldStart()) {
            notices.add("cold start skipped (--skip-cold-start)");
        }
        return new Result(distinct.size(), options.rounds(), full, tokenizeSsplit, corenlpDefault, coldStart, stageMillis, peakHeap, peakRss, notices);
    }

    /** The pipeline over {@code docs} as {@code run} does it: a worker per core, bytes to entry. */
    private void runPipeline(DocumentProcessor processor, List<Doc> docs) throws InterruptedException {
        new TimedWorkers<Doc, CachedResult>(options.threads(), 600, "studydraft-bench").run(docs,
                d -> processor.process(d.id(), d.path(), d.id(), d.bytes(), "", List.of()),
                (d, outcome) -> {
                    if (outcome.error() != null || outcome.timedOut()) {
                        throw new IllegalStateException("benchmark document " + d.id() + " failed: " + outcome);
                    }
                });
    }

    private static int annotate(StanfordCoreNLP corenlp, String text) {
        Annotation a = new Annotation(text);
        corenlp.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * The gold documents: every label's {@code doc} path (relative to the project root) that exists, in label
     * order; without any, the files of {@code gold/docs/}.
     */
    static List<Path> documents(Path home) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        Path labels = home.resolve("gold/labels");
        if (Files.isDirectory(labels)) {
            Set<Path> files = new TreeSet<>();
            try (DirectoryStream<Path> ls = Files.newDirectoryStream(labels, "*.json")) {
                ls.forEach(files::add);
            }
            for (Path f : files) {
                JsonNode doc = Json.MAPPER.readTree(f.toFile()).path("doc");
                Path p = home.resolve(doc.asText("")).normalize();
                if (doc.isTextual() && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        Path bundled = home.resolve("gold/docs");
        if (out.isEmpty() && Files.isDirectory(bundled)) {
            try (DirectoryStream<Path> ls = Files.newDirectoryStream(bundled)) {
                ls.forEach(p -> {
                    if (Files.isRegularFile(p)) {
                        out.add(p);
                    }
                });
            }
        }
        return new ArrayList<>(out);
    }

    /** CoreNLP's default pipeline on a sample of the documents, in a child JVM given the models jar. */
    private Throughput corenlpDefault(List<Doc> distinct, List<String> notices) throws IOException, InterruptedException {
        Path models = options.corenlpModels() != null ? options.corenlpModels() : CoreNlpDefaultProbe.findModelsJar(options.home());
        if (models == null || !Files.isRegularFile(models)) {
            notices.add("CoreNLP default pipeline skipped: models jar not found (build with 'mvn -Pbench package' "
                    + "or pass --corenlp-models PATH to stanford-corenlp-<version>-models.jar)");
            return null;
        }
        List<Doc> sample = distinct.subList(0, Math.min(options.corenlpSample(), distinct.size()));
        Path list = Files.createTempFile("studydraft-bench-", ".txt");
        try {
            Files.write(list, sample.stream().map(d -> d.path().toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(javaExecutable(), "-Xmx6g", "-cp",
                    System.getProperty("java.class.path") + java.io.File.pathSeparator + models,
                    CoreNlpDefaultProbe.class.getName(), Integer.toString(options.threads()), list.toString())
                    .redirectErrorStream(true).start();
            String output;
            try (InputStream in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit = p.waitFor();
            Throughput t = CoreNlpDefaultProbe.parse(output);
            if (exit != 0 || t == null) {
                notices.add("CoreNLP default pipeline failed (exit " + exit + "): " + lastLine(output));
                return null;
            }
            long sampleTokens = sample.stream().mapToLong(Doc::tokens).sum();
            return new Throughput(t.documents(), sampleTokens, t.seconds(), t.threads());
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /**
     * Wall time from launching {@code java -jar studydraft.jar run} over one document to its entry being written, the
     * best of the rounds (each a fresh JVM and a fresh output folder).
     */
    private Double coldStart(Doc doc, List<String> notices) throws IOException, InterruptedException {
        Path jar = ProjectHome.codeLocation();
        if (!Files.isRegularFile(jar)) {
            jar = options.home().resolve("target/studydraft.jar");
        }
        if (!Files.isRegularFile(jar)) {
            notices.add("cold start skipped: target/studydraft.jar not built (mvn package)");
            return null;
        }
        Double best = null;
        for (int round = 0; round < options.rounds(); round++) {
            Path tmp = Files.createTempDirectory("studydraft-coldstart-");
            try {
                Path in = Files.createDirectories(tmp.resolve("in"));
                Files.write(in.resolve(doc.path().getFileName()), doc.bytes());
                Path entries = tmp.resolve("out").resolve("entries.jsonl");
                List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Dstudydraft.home=" + options.home(), "-jar",
                        jar.toString(), "run", "--in", in.toString(), "--out", tmp.resolve("out").toString(), "--quiet"));
                if (options.pipelineFile() != null) {
                    cmd.addAll(List.of("--pipeline", options.pipelineFile().toAbsolutePath().toString()));
                }
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                while (!(Files.exists(entries) && Files.size(entries) > 0) && p.isAlive()) {
                    Thread.sleep(5);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                if (!(Files.exists(entries) && Files.size(entries) > 0)) {
                    notices.add("cold start failed: the child run wrote no entry (exit " + p.exitValue() + ")");
                    return null;
                }
                best = best == null ? seconds : Math.min(best, seconds);
            } finally {
                OutputGenerations.deleteTree(tmp);
            }
        }
        return best;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String lastLine(String s) {
        String t = s.strip();
        return t.substring(t.lastIndexOf('\n') + 1);
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }

    /** This process's peak resident set (VmHWM in /proc/self/status), or null where there is no such file. */
    static Double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // reported as absent
        }
        return null;
    }
}
