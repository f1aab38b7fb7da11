package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studydraft.core.Pipeline;
import org.studydraft.core.PipelineException;
import org.studydraft.write.EntryBuilder;
import org.studydraft.write.Json;

/**
 * The nightly batch. Under an exclusive lock on the output folder it finds the documents and keeps the stored
 * result of every one whose stamp still holds (same path, same raw bytes, same pipeline version, compatible
 * limits; see {@link StateStore.Stamp}). Only when something is left to do does it assemble the pipeline and run
 * it over the new and changed documents with a worker per core and a time limit per document, storing each result
 * the moment it is done. Then, from the complete set of results, it links entries about the same study and
 * publishes the output files as one unit ({@link OutputGenerations}).
 *
 * <p>The published generation is named by a key over every result's stamp line. When every document is unchanged
 * the key is that of the published generation, and the run replaces only {@code run.json}: no entry is parsed, no
 * stage built, no model loaded. A bad document is rejected with a reason and never stops the run; killed at any
 * moment, the run leaves the previous output in place and the next run resumes from the stored results.
 */
public final class BatchRunner {
    /** The file types read as documents. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "md");
    private static final int SLOWEST_SHOWN = 5;

    private final RunOptions options;
    private final PrintStream log;

    public BatchRunner(RunOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** A document to process, with the size its bytes had when the run planned its work. */
    private record Todo(InputFile input, String display, String sha256, long size) {
    }

    /** A document's result and the size of the file it was read from. */
    private record Processed(CachedResult result, long size) {
    }

    /** What the processing step reports. */
    private record Processing(Map<String, Double> stageMillis, double seconds, List<RunSummary.Slow> slowest) {
        static final Processing NONE = new Processing(Map.of(), 0, List.of());
    }

    /**
     * @throws OutputLock.Busy when another run holds the output folder
     * @throws PipelineException when the pipeline definition or its resources cannot be read or assembled
     * @throws IOException when the output folder cannot be written
     */
    public RunSummary run() throws IOException {
        Files.createDirectories(options.out());
        try (OutputLock lock = OutputLock.acquire(options.out())) {
            return runLocked();
        }
    }

    private RunSummary runLocked() throws IOException {
        long t0 = System.nanoTime();
        Path pipelineFile = StudyDraftPipeline.pipelineFile(options.home(), options.pipelineFile());
        String version;
        try {
            version = StudyDraftPipeline.version(options.home(), pipelineFile);
        } catch (UncheckedIOException e) {
            throw new PipelineException("cannot read the pipeline's resources: " + e.getCause().getMessage(), e);
        }
        StateStore state = new StateStore(options.out());
        Map<String, StateStore.Stamp> previous = state.loadStamps();
        List<InputFile> inputs = new InputScanner(EXTENSIONS, options.out()).scan(options.in());

        // Every input's stamp in input order; a document to process gets its stamp once processed.
        Map<String, StateStore.Stamp> stamps = new LinkedHashMap<>();
        Map<String, CachedResult> results = new LinkedHashMap<>();
        List<Todo> todo = new ArrayList<>();
        List<Todo> kept = new ArrayList<>();
        for (InputFile f : inputs) {
            String display = relative(f.path());
            if (f.rejectReason() != null) {
                addRejection(stamps, results, f.id(), display, f.rejectReason());
                continue;
            }
            BoundedRead hashed;
            try {
                hashed = BoundedRead.of(f.path(), 0);
            } catch (IOException | RuntimeException e) {
                addRejection(stamps, results, f.id(), display, "cannot be read: " + e.getMessage());
                continue;
            }
            Todo t = new Todo(f, display, hashed.sha256(), hashed.size());
            StateStore.Stamp old = previous.get(f.id());
            if (!options.force() && old != null && old.holdsFor(display, hashed.sha256(), hashed.size(), version,
                    options.maxBytes(), options.timeLimitSeconds())) {
                stamps.put(f.id(), old);
                kept.add(t);
            } else {
                stamps.put(f.id(), null);
                todo.add(t);
            }
        }
        List<String> vanished = previous.keySet().stream().filter(id -> !stamps.containsKey(id)).sorted().toList();

        OutputGenerations outputs = new OutputGenerations(options.out());
        if (todo.isEmpty() && vanished.isEmpty()) {
            String key = resultsKey(stamps.values());
            OutputStats stats = outputs.currentStats();
            if (stats != null && outputs.isCurrent(key)) {
                RunSummary summary = new RunSummary(version, inputs.size(), 0, kept.size(), vanished, stats, Map.of(),
                        (System.nanoTime() - t0) / 1e9, 0, options.threads(), List.of(), false, false);
                outputs.refreshReport(key, summary.toJsonText());
                return summary;
            }
        }
        for (Iterator<Todo> it = kept.iterator(); it.hasNext(); ) {
            Todo t = it.next();
            try {
                results.put(t.input().id(), state.load(t.input().id()));
            } catch (IOException | RuntimeException damaged) {
                it.remove(); // a stored result that cannot be read back is made again
                todo.add(t);
            }
        }

        Processing processing = todo.isEmpty() ? Processing.NONE : process(todo, version, pipelineFile, state, stamps, results);

        List<JsonNode> entries = new ArrayList<>();
        List<JsonNode> rejectedRows = new ArrayList<>();
        for (String id : stamps.keySet()) {
            CachedResult r = results.get(id);
            if (r.rejected()) {
                rejectedRows.add(Json.MAPPER.createObjectNode().put("id", r.id()).put("path", r.path()).put("reason", r.rejectReason()));
            } else {
                entries.add(r.entry());
            }
        }
        // Batch-level fields, added after every result is stored: they depend on the whole set, not on one document.
        StudyLinker.addStudyFields(entries);
        String key = resultsKey(stamps.values());
        RunSummary summary = new RunSummary(version, inputs.size(), todo.size(), kept.size(), vanished,
                OutputStats.of(entries, rejectedRows), processing.stageMillis(), (System.nanoTime() - t0) / 1e9,
                processing.seconds(), options.threads(), processing.slowest(), !todo.isEmpty(), true);
        outputs.publish(key, entries, rejectedRows, summary.toJson(), options.generatedDate());
        for (String id : vanished) {
            state.delete(id); // only now: a run killed before publishing still lists them as vanished next time
        }
        return summary;
    }

    private Processing process(List<Todo> todo, String version, Path pipelineFile, StateStore state,
                               Map<String, StateStore.Stamp> stamps, Map<String, CachedResult> results) throws IOException {
        long p0 = System.nanoTime();
        Pipeline pipeline = StudyDraftPipeline.assemble(options.home(), pipelineFile);
        DocumentProcessor processor = new DocumentProcessor(pipeline, version);
        List<RunSummary.Slow> times = new ArrayList<>();
        String limit = "time limit of " + options.timeLimitSeconds() + " s per document exceeded";
        try (Progress progress = Progress.start(todo.size(), log, options.quiet())) {
            new TimedWorkers<Todo, Processed>(options.threads(), options.timeLimitSeconds(), "studydraft-worker").run(todo,
                    t -> processOne(processor, t),
                    (t, outcome) -> {
                        Processed p = outcome.result();
                        if (outcome.timedOut()) {
                            p = new Processed(rejection(t, version, limit), t.size());
                        } else if (outcome.error() != null) {
                            p = new Processed(rejection(t, version, "internal error: " + outcome.error()), t.size());
                        }
                        CachedResult r = p.result();
                        StateStore.Stamp stamp = new StateStore.Stamp(r.id(), r.path(), r.sha256(), p.size(), version,
                                options.maxBytes(), options.timeLimitSeconds(), r.rejectReason(), outcome.timedOut());
                        try {
                            if (outcome.error() == null) { // an internal error (out of memory, say) is retried next run
                                state.save(stamp, r.entry());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        stamps.put(r.id(), stamp);
                        results.put(r.id(), r);
                        times.add(new RunSummary.Slow(r.id(), outcome.seconds()));
                        progress.step(times.size());
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        }
        times.sort(Comparator.comparingDouble(RunSummary.Slow::seconds).reversed().thenComparing(RunSummary.Slow::id));
        return new Processing(pipeline.stageMillis(), (System.nanoTime() - p0) / 1e9,
                List.copyOf(times.subList(0, Math.min(SLOWEST_SHOWN, times.size()))));
    }

    private Processed processOne(DocumentProcessor processor, Todo t) {
        InputFile f = t.input();
        try {
            DocumentProcessor.FileResult r = processor.processFile(f.id(), f.path(), t.display(), options.maxBytes(), f.note());
            return new Processed(r.result(), r.size());
        } catch (IOException e) {
            return new Processed(rejection(t, processor.version(), "cannot be read: " + e.getMessage()), t.size());
        }
    }

    /** An input rejected before it is read (a broken link, a folder, an unreadable file): not stored, found again each run. */
    private void addRejection(Map<String, StateStore.Stamp> stamps, Map<String, CachedResult> results, String id, String display,
                              String reason) {
        stamps.put(id, new StateStore.Stamp(id, display, "", 0, "", options.maxBytes(), options.timeLimitSeconds(), reason, false));
        results.put(id, new CachedResult(id, display, "", "", null, reason));
    }

    private static CachedResult rejection(Todo t, String version, String reason) {
        return new CachedResult(t.input().id(), t.display(), t.sha256(), version, null, reason);
    }

    /** The name of the generation that shows these results: a hash over their stamp lines, in input order. */
    private static String resultsKey(Iterable<StateStore.Stamp> stamps) {
        StringBuilder lines = new StringBuilder();
        for (StateStore.Stamp s : stamps) {
            lines.append(s.line()).append('\n');
        }
        return EntryBuilder.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private String relative(Path p) {
        try {
            return options.in().toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }
}
