package org.studydraft.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.studydraft.core.Pipeline;
import org.studydraft.core.PipelineException;
import org.studydraft.write.Json;

/**
 * The nightly batch. Under an exclusive lock on the output folder it finds the documents, keeps the stored
 * result of every unchanged one (same raw bytes, same pipeline version, same path), and only when something is
 * left to do assembles the pipeline and runs it over the new and changed documents with a worker per core and a
 * time limit per document, storing each result the moment it is done. Then, from the complete set of results, it
 * links entries about the same study and publishes the output files as one unit ({@link OutputGenerations}).
 * A bad document is rejected with a reason; it never stops the run. Killed at any moment, the run leaves the
 * previous output in place, and the next run resumes from the stored results.
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

    /** A document to process and the hash its bytes had when the run planned its work. */
    private record Todo(InputFile input, String display, String sha256) {
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
        Map<String, CachedResult> previous = state.loadAll();
        List<InputFile> inputs = new InputScanner(EXTENSIONS, options.out()).scan(options.in());

        Map<String, CachedResult> results = new LinkedHashMap<>(); // input order, filled in as documents finish
        List<Todo> todo = new ArrayList<>();
        int skipped = 0;
        for (InputFile f : inputs) {
            String display = relative(f.path());
            if (f.rejectReason() != null) {
                results.put(f.id(), rejection(f.id(), display, "", version, f.rejectReason()));
                continue;
            }
            String sha;
            try {
                sha = BoundedRead.sha256(f.path());
            } catch (IOException | RuntimeException e) {
                results.put(f.id(), rejection(f.id(), display, "", version, "cannot be read: " + e.getMessage()));
                continue;
            }
            CachedResult old = previous.get(f.id());
            if (!options.force() && old != null && old.sha256().equals(sha) && old.pipelineVersion().equals(version)
                    && old.path().equals(display)) {
                results.put(f.id(), old);
                skipped++;
            } else {
                results.put(f.id(), null);
                todo.add(new Todo(f, display, sha));
            }
        }
        List<String> vanished = previous.keySet().stream().filter(id -> !results.containsKey(id)).sorted().toList();

        Processing processing = todo.isEmpty() ? Processing.NONE : process(todo, version, pipelineFile, state, results);

        List<JsonNode> entries = new ArrayList<>();
        List<JsonNode> rejectedRows = new ArrayList<>();
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, Integer> warningsByKind = new TreeMap<>();
        List<String> attention = new ArrayList<>();
        int warnings = 0;
        for (CachedResult r : results.values()) {
            if (r.rejected()) {
                rejectedRows.add(Json.MAPPER.createObjectNode().put("id", r.id()).put("path", r.path()).put("reason", r.rejectReason()));
                byReason.merge(reasonKind(r.rejectReason()), 1, Integer::sum);
                continue;
            }
            entries.add(r.entry());
            for (JsonNode w : r.entry().path("warnings")) {
                warnings++;
                warningsByKind.merge(reasonKind(w.asText()), 1, Integer::sum);
            }
            if (r.entry().path("needs_attention").asBoolean(false)) {
                attention.add(r.id());
            }
        }
        // Batch-level fields, added after every result is stored: they depend on the whole set, not on one document.
        Map<String, StudyLinker.Link> links = StudyLinker.link(entries);
        Set<String> studies = new HashSet<>();
        int inStudies = 0;
        for (JsonNode e : entries) {
            StudyLinker.Link link = links.get(e.path("id").asText());
            ((ObjectNode) e).put("study_id", link.studyId());
            link.related().forEach(((ObjectNode) e).putArray("related")::add);
            if (!link.related().isEmpty()) {
                studies.add(link.studyId());
                inStudies++;
            }
        }

        OutputGenerations outputs = new OutputGenerations(options.out());
        String fingerprint = OutputGenerations.fingerprint(entries, rejectedRows);
        boolean rewrite = !outputs.isCurrent(fingerprint);
        RunSummary summary = new RunSummary(version, inputs.size(), todo.size(), skipped, rejectedRows.size(), byReason,
                warnings, vanished, attention, processing.stageMillis(), (System.nanoTime() - t0) / 1e9, processing.seconds(),
                options.threads(), entries.size(), warningsByKind, studies.size(), inStudies, processing.slowest(),
                !todo.isEmpty(), rewrite);
        outputs.publish(fingerprint, entries, rejectedRows, summary.toJson(), options.generatedDate());
        for (String id : vanished) {
            state.delete(id); // only now: a run killed before publishing still lists them as vanished next time
        }
        return summary;
    }

    private Processing process(List<Todo> todo, String version, Path pipelineFile, StateStore state,
                               Map<String, CachedResult> results) throws IOException {
        long p0 = System.nanoTime();
        Pipeline pipeline = StudyDraftPipeline.assemble(options.home(), pipelineFile);
        DocumentProcessor processor = new DocumentProcessor(pipeline, version);
        List<RunSummary.Slow> times = new ArrayList<>();
        String limit = "time limit of " + options.timeLimitSeconds() + " s per document exceeded";
        try (Progress progress = Progress.start(todo.size(), log, options.quiet())) {
            new TimedWorkers<Todo, CachedResult>(options.threads(), options.timeLimitSeconds(), "studydraft-worker").run(todo,
                    t -> processOne(processor, t),
                    (t, outcome) -> {
                        CachedResult r;
                        if (outcome.timedOut()) {
                            r = rejection(t.input().id(), t.display(), t.sha256(), version, limit);
                        } else if (outcome.error() != null) {
                            r = rejection(t.input().id(), t.display(), t.sha256(), version, "internal error: " + outcome.error());
                        } else {
                            r = outcome.result();
                        }
                        try {
                            if (outcome.error() == null) { // an internal error (out of memory, say) is retried next run
                                state.save(r);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        results.put(t.input().id(), r);
                        times.add(new RunSummary.Slow(t.input().id(), outcome.seconds()));
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

    private CachedResult processOne(DocumentProcessor processor, Todo t) {
        InputFile f = t.input();
        BoundedRead read;
        try {
            read = BoundedRead.of(f.path(), options.maxBytes());
        } catch (IOException e) {
            return rejection(f.id(), t.display(), t.sha256(), processor.version(), "cannot be read: " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        if (read.truncated()) {
            warnings.add("input truncated: read the first " + read.bytes().length + " of " + read.size() + " bytes");
        }
        if (f.note() != null) {
            warnings.add(f.note());
        }
        return processor.process(f.id(), f.path(), t.display(), read.bytes(), read.sha256(), warnings);
    }

    private static CachedResult rejection(String id, String display, String sha, String version, String reason) {
        return new CachedResult(id, display, sha, version, null, reason);
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
