package org.studydraft.batch;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studydraft.clean.Decoder;

/**
 * The benchmark's CoreNLP-default figure, run in a child JVM whose class path adds the CoreNLP models jar:
 * {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's default settings over the documents listed in a file, on as
 * many threads as the pipeline gets. A first, untimed pass over the same documents loads and warms the models (the
 * first document alone takes several times as long as it does warm).
 * Prints one line {@code corenlp-default documents=N seconds=S threads=T}.
 */
public final class CoreNlpDefaultProbe {
    private static final Pattern RESULT = Pattern.compile("corenlp-default documents=(\\d+) seconds=([0-9.]+) threads=(\\d+)");

    private CoreNlpDefaultProbe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int threads = Integer.parseInt(args[0]);
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            texts.add(Decoder.decode(Files.readAllBytes(Path.of(line))).text());
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        annotateAll(corenlp, texts, threads);
        long t0 = System.nanoTime();
        annotateAll(corenlp, texts, threads);
        System.out.printf("corenlp-default documents=%d seconds=%.4f threads=%d%n", texts.size(), (System.nanoTime() - t0) / 1e9, threads);
    }

    private static void annotateAll(StanfordCoreNLP corenlp, List<String> texts, int threads) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int first = w;
            Thread t = new Thread(() -> {
                for (int i = first; i < texts.size(); i += threads) {
                    corenlp.annotate(new Annotation(texts.get(i)));
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
    }

    /** The probe's result line, or null when the output has none. */
    static Benchmark.Throughput parse(String output) {
        Matcher m = RESULT.matcher(output);
        return m.find() ? new Benchmark.Throughput(Integer.parseInt(m.group(1)), 0, Double.parseDouble(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }

    /**
     * The models jar matching the CoreNLP jar on the class path: next to it, in {@code target/bench-lib/} (where
     * {@code mvn -Pbench package} puts it), or in the local Maven repository.
     */
    static Path findModelsJar(Path home) {
        Path corenlp;
        try {
            corenlp = Path.of(StanfordCoreNLP.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        String name = corenlp.getFileName().toString().replaceFirst("\\.jar$", "-models.jar");
        String version = name.replaceFirst("^stanford-corenlp-", "").replaceFirst("-models\\.jar$", "");
        List<Path> candidates = List.of(corenlp.resolveSibling(name), home.resolve("target/bench-lib").resolve(name),
                Path.of(System.getProperty("user.home"), ".m2/repository/edu/stanford/nlp/stanford-corenlp", version, name));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
