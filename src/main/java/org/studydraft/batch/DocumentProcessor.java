package org.studydraft.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.studydraft.core.Document;
import org.studydraft.core.DocumentRejected;
import org.studydraft.core.Pipeline;
import org.studydraft.write.EntryBuilder;

/**
 * Runs one document through an assembled pipeline and returns its entry or its rejection. The one path from bytes to
 * entry that every command shares (run, score, bench, the Spark job), so no command has a copy of the stages.
 */
public final class DocumentProcessor {
    private final Pipeline pipeline;
    private final String version;

    public DocumentProcessor(Pipeline pipeline, String version) {
        this.pipeline = pipeline;
        this.version = version;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public String version() {
        return version;
    }

    /** A file's result and the file's full size in bytes. */
    public record FileResult(CachedResult result, long size) {
    }

    /**
     * Reads {@code file} as run does (its first {@code maxBytes} bytes, hashing all of it; a warning when the rest is
     * cut off, then the scanner's {@code note} if any) and processes it. Shared by run and the Spark job so both warn
     * alike; a file that cannot be read throws, and each caller words that rejection its own way.
     */
    public FileResult processFile(String id, Path file, String displayPath, long maxBytes, String note) throws IOException {
        BoundedRead read = BoundedRead.of(file, maxBytes);
        List<String> warnings = new ArrayList<>();
        if (read.truncated()) {
            warnings.add("input truncated: read the first " + read.bytes().length + " of " + read.size() + " bytes");
        }
        if (note != null) {
            warnings.add(note);
        }
        return new FileResult(process(id, file, displayPath, read.bytes(), read.sha256(), warnings), read.size());
    }

    /**
     * Processes {@code bytes} read from {@code path} (which may be null for in-memory documents) under {@code id}.
     * {@code displayPath} is the path written into the entry; {@code warnings} are added before processing.
     */
    public CachedResult process(String id, Path path, String displayPath, byte[] bytes, String sha256, Iterable<String> warnings) {
        Document doc = new Document(id, path, bytes);
        for (String w : warnings) {
            doc.warn(w);
        }
        try {
            pipeline.process(doc);
            ObjectNode entry = EntryBuilder.build(doc, version, null);
            entry.with("source").put("path", displayPath).put("sha256", sha256);
            return new CachedResult(id, displayPath, sha256, version, entry, null);
        } catch (DocumentRejected e) {
            return new CachedResult(id, displayPath, sha256, version, null, e.reason());
        } catch (StackOverflowError | RuntimeException e) {
            return new CachedResult(id, displayPath, sha256, version, null, "could not be processed: " + e);
        }
    }
}
