package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.studydraft.core.Pipeline;
import org.studydraft.write.Json;
import org.studydraft.write.OutputWriter;

/**
 * The nightly batch: finds the documents, reuses the stored result of every unchanged one, runs the pipeline on
 * the new and changed ones with a worker per core, stores each result the moment it is done, and then writes the
 * output files atomically from the complete set. A bad document is rejected with a reason; it never stops the run.
 */
public final class BatchRunner {
    private final RunOptions options;
    private final PrintStream log;

    public BatchRunner(RunOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** One document to process: its input and what was read of it. */
    private record Todo(InputFile input, BoundedRead read) {
    }

    public RunSummary run() throws IOException {
        long t0 = System.nanoTime();
        Path home = options.home();
        Path pipelineFile = StudyDraftPipeline.pipelineFile(home, options.pipelineFile());
        String version = PipelineVersion.compute(home.resolve("annotators"), pipelineFile);
        Files.createDirectories(options.out());
        StateStore state = new StateStore(options.out());
        Map<String, CachedResult> previous = state.loadAll();
        List<InputFile> inputs = new InputScanner(Set.of("txt", "html", "htm", "md")).scan(options.in());

        Map<String, CachedResult> results = new LinkedHashMap<>();
        List<Todo> todo = new ArrayList<>();
        int skipped = 0;
        for (InputFile f : inputs) {
            String display = relative(f.path());
            if (f.rejectReason() != null) {
                results.put(f.id(), new CachedResult(f.id(), display, "", version, null, f.rejectReason()));
                continue;
            }
            BoundedRead read;
            try {
                read = BoundedRead.of(f.path(), options.maxBytes());
            } catch (IOException | RuntimeException e) {
                results.put(f.id(), new CachedResult(f.id(), display, "", version, null, "cannot be read: " + e.getMessage()));
                continue;
            }
            CachedResult old = previous.get(f.id());
            if (!options.force() && old != null && old.sha256().equals(read.sha256()) && old.pipelineVersion().equals(version)
                    && old.path().equals(display)) {
                results.put(f.id(), old);
                skipped++;
            } else {
                results.put(f.id(), null);
                todo.add(new Todo(f, read));
            }
        }
        List<String> vanished = new ArrayList<>();
        for (String id : previous.keySet()) {
            if (!results.containsKey(id)) {
                vanished.add(id);
                state.delete(id);
            }
        }
        vanished.sort(null);
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        double pipelineSeconds = 0;
        if (!todo.isEmpty()) {
            long p0 = System.nanoTime();
            Pipeline pipeline = StudyDraftPipeline.assemble(home, pipelineFile);
            process(new DocumentProcessor(pipeline, version), todo, state, results);
            stageMillis = pipeline.stageMillis();
            pipelineSeconds = (System.nanoTime() - p0) / 1e9;
        }
        List<JsonNode> entries = new ArrayList<>();
        List<CachedResult> rejected = new ArrayList<>();
        Map<String, Integer> byReason = new TreeMap<>();
        List<String> attention = new ArrayList<>();
        int warnings = 0;
        for (CachedResult r : results.values()) {
            if (r.rejected()) {
                rejected.add(r);
                byReason.merge(reasonKind(r.rejectReason()), 1, Integer::sum);
            } else {
                entries.add(r.entry());
                warnings += r.entry().path("warnings").size();
                if (r.entry().path("needs_attention").asBoolean(false)) {
                    attention.add(r.id());
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        RunSummary summary = new RunSummary(version, inputs.size(), todo.size(), skipped, rejected.size(), byReason, warnings,
                vanished, attention, stageMillis, seconds, pipelineSeconds, options.threads());
        List<JsonNode> rejectedRows = new ArrayList<>();
        for (CachedResult r : rejected) {
            rejectedRows.add(Json.MAPPER.createObjectNode().put("id", r.id()).put("path", r.path()).put("reason", r.rejectReason()));
        }
        OutputWriter writer = new OutputWriter(options.out(), options.generatedDate());
        writer.writeAll(entries, rejectedRows, summary.toJson(), !todo.isEmpty() || !vanished.isEmpty());
        return summary;
    }

    private void process(DocumentProcessor processor, List<Todo> todo, StateStore state,
                         Map<String, CachedResult> results) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "studydraft-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(todo.size(), log, options.quiet());
        try {
            List<Future<CachedResult>> futures = new ArrayList<>();
            for (Todo t : todo) {
                futures.add(pool.submit(() -> processOne(processor, t)));
            }
            long deadlineNanos = (long) (options.timeLimitSeconds() * 1e9);
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < futures.size(); i++) {
                Todo t = todo.get(i);
                CachedResult r;
                try {
                    r = futures.get(i).get(Math.max(deadlineNanos, 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    futures.get(i).cancel(true);
                    r = rejectedResult(t, processor.version(), "time limit of " + options.timeLimitSeconds() + " s per document exceeded");
                } catch (ExecutionException e) {
                    r = rejectedResult(t, processor.version(), "internal error: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("run interrupted", e);
                }
                state.save(r);
                results.put(t.input().id(), r);
                progress.step(done.incrementAndGet());
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    private CachedResult processOne(DocumentProcessor processor, Todo t) {
        InputFile f = t.input();
        List<String> warnings = new ArrayList<>();
        if (t.read().truncated()) {
            warnings.add("input truncated: read the first " + t.read().bytes().length + " of " + t.read().size() + " bytes");
        }
        if (f.note() != null) {
            warnings.add(f.note());
        }
        return processor.process(f.id(), f.path(), relative(f.path()), t.read().bytes(), t.read().sha256(), warnings);
    }

    private CachedResult rejectedResult(Todo t, String version, String reason) {
        return new CachedResult(t.input().id(), relative(t.input().path()), t.read().sha256(), version, null, reason);
    }

    private String relative(Path p) {
        try {
            return options.in().toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    /** The reason's kind for the summary ("binary content (NUL byte at 12)" counts as "binary content"). */
    static String reasonKind(String reason) {
        int paren = reason.indexOf(" (");
        int colon = reason.indexOf(':');
        int cut = paren < 0 ? colon : (colon < 0 ? paren : Math.min(paren, colon));
        return cut > 0 ? reason.substring(0, cut) : reason;
    }
}
