package org.studydraft.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered list of stages assembled from a pipeline properties file. Assembly checks that every stage's
 * requirements are provided by an earlier stage, so a mis-ordered or incomplete pipeline fails at start-up.
 * One pipeline serves all worker threads; it records the time spent per stage.
 */
public final class Pipeline {
    private final String name;
    private final List<Stage> stages;
    private final Properties properties;
    private final Map<String, LongAdder> nanosPerStage = new ConcurrentHashMap<>();

    private Pipeline(String name, List<Stage> stages, Properties properties) {
        this.name = name;
        this.stages = List.copyOf(stages);
        this.properties = properties;
        for (Stage s : stages) {
            nanosPerStage.put(s.name(), new LongAdder());
        }
    }

    public static Properties readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new PipelineException("cannot read pipeline definition " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    /**
     * Builds the stages named by the {@code stages} property and checks their declared contract in order. The
     * stages are built concurrently: their constructors load models, lexicons and rules independently of each other,
     * and the language model alone loads about as long as all the rest together, so a cold start waits for the
     * slowest stage rather than for the sum. A failure is reported for the first failing stage in pipeline order.
     */
    public static Pipeline assemble(Properties properties, Path annotatorsDir, StageRegistry registry) {
        String list = properties.getProperty("stages");
        if (list == null || list.isBlank()) {
            throw new PipelineException("pipeline definition has no 'stages' property");
        }
        List<String> names = Arrays.stream(list.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
        SharedResources shared = new SharedResources();
        int threads = Math.max(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService builders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "studydraft-assemble");
            t.setDaemon(true);
            return t;
        });
        List<Future<Stage>> built = new ArrayList<>();
        try {
            for (String stageName : names) {
                StageContext ctx = new StageContext(stageName, properties, annotatorsDir, shared);
                built.add(builders.submit(() -> registry.create(stageName, ctx)));
            }
            List<Stage> stages = new ArrayList<>();
            Set<Layer<?>> available = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String stageName = names.get(i);
                Stage stage = await(built.get(i));
                List<String> missing = new ArrayList<>();
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        missing.add(needed.name());
                    }
                }
                if (!missing.isEmpty()) {
                    Collections.sort(missing);
                    throw new PipelineException("stage '" + stageName + "' requires " + missing
                            + " but no earlier stage provides it; check the order of 'stages' in the pipeline file");
                }
                available.addAll(stage.provides());
                stages.add(stage);
            }
            return new Pipeline(properties.getProperty("pipeline.name", "default"), stages, properties);
        } finally {
            builders.shutdownNow();
        }
    }

    private static Stage await(Future<Stage> stage) {
        try {
            return stage.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new PipelineException("stage could not be built: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException("interrupted while assembling the pipeline", e);
        }
    }

    public String name() {
        return name;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Properties properties() {
        return properties;
    }

    public Document process(Document doc) {
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                // The batch gave up on this document (time limit): stop at a stage boundary, nobody reads the result.
                throw new DocumentRejected("processing cancelled");
            }
            long t0 = System.nanoTime();
            try {
                stage.process(doc);
            } catch (DocumentRejected e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // Named, so rejected.jsonl tells the operator and the stage's owner where the document broke.
                throw new DocumentRejected("stage '" + stage.name() + "' failed: " + e);
            } finally {
                nanosPerStage.get(stage.name()).add(System.nanoTime() - t0);
            }
        }
        return doc;
    }

    /** Milliseconds spent in each stage so far, summed over all documents and threads, in pipeline order. */
    public Map<String, Double> stageMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Stage s : stages) {
            out.put(s.name(), nanosPerStage.get(s.name()).sum() / 1e6);
        }
        return out;
    }

    public void resetTimings() {
        nanosPerStage.values().forEach(LongAdder::reset);
    }
}
