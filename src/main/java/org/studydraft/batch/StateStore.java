package org.studydraft.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.studydraft.write.AtomicFiles;
import org.studydraft.write.EntryBuilder;
import org.studydraft.write.Json;

/**
 * The output folder's memory between runs: one JSON file per document under {@code .studydraft/state/} holding
 * the {@link Stamp} of its last result (what it was made from) and the result itself. Each file is written
 * atomically as soon as its document is done, so a run killed at any moment loses at most the documents in flight,
 * and the next run picks up where it stopped. The stamp comes first in the file and is read on its own, so deciding
 * that nothing changed never parses an entry.
 */
public final class StateStore {
    /**
     * What one stored result was made from: the document's path, the sha256 and size of its raw bytes, the
     * pipeline version, the read limit and time limit of the run that made it, and the rejection reason when it
     * was rejected ({@code timedOut} when for the time limit).
     */
    public record Stamp(String id, String path, String sha256, long size, String pipelineVersion, long maxBytes,
                        double timeLimitSeconds, String rejectReason, boolean timedOut) {

        /**
         * Whether this result still stands for a document found at {@code path} with these bytes, under this
         * pipeline version and these limits: a different read limit matters only to a file longer than either
         * limit, a longer time limit only to a document that ran out of time.
         */
        boolean holdsFor(String path, String sha256, long size, String version, long maxBytes, double timeLimitSeconds) {
            return this.path.equals(path) && this.sha256.equals(sha256) && pipelineVersion.equals(version)
                    && (this.maxBytes == maxBytes || size <= Math.min(this.maxBytes, maxBytes))
                    && (!timedOut || timeLimitSeconds <= this.timeLimitSeconds);
        }

        boolean rejected() {
            return rejectReason != null;
        }

        /** One line naming everything the document's published result depends on. */
        String line() {
            return String.join("\t", id, path, sha256, pipelineVersion, size > maxBytes ? "cut at " + maxBytes : "whole",
                    rejected() ? "rejected: " + rejectReason : "entry");
        }
    }

    private final Path dir;

    public StateStore(Path outDir) {
        this.dir = outDir.resolve(".studydraft").resolve("state");
    }

    public Path dir() {
        return dir;
    }

    /** The stamps of every stored result, by document id; unreadable state files are removed. */
    public Map<String, Stamp> loadStamps() throws IOException {
        Map<String, Stamp> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        // A run killed while writing a state file leaves its temporary sibling behind; the file itself is intact.
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : leftovers) {
                Files.deleteIfExists(f);
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                try {
                    Stamp s = readStamp(f);
                    out.put(s.id(), s);
                } catch (IOException | RuntimeException unreadable) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return out;
    }

    /** The stored result of {@code id}, entry included. */
    public CachedResult load(String id) throws IOException {
        JsonNode n = Json.MAPPER.readTree(Files.readString(fileOf(id), StandardCharsets.UTF_8));
        return new CachedResult(n.path("id").asText(), n.path("path").asText(), n.path("sha256").asText(),
                n.path("pipeline_version").asText(), n.hasNonNull("entry") ? n.get("entry") : null,
                n.hasNonNull("reason") ? n.get("reason").asText() : null);
    }

    public void save(Stamp stamp, JsonNode entry) throws IOException {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", stamp.id());
        n.put("path", stamp.path());
        n.put("sha256", stamp.sha256());
        n.put("size", stamp.size());
        n.put("pipeline_version", stamp.pipelineVersion());
        n.put("max_bytes", stamp.maxBytes());
        n.put("time_limit_s", stamp.timeLimitSeconds());
        n.put("timed_out", stamp.timedOut());
        n.put("reason", stamp.rejectReason());
        n.set("entry", entry);
        AtomicFiles.writeString(fileOf(stamp.id()), Json.MAPPER.writeValueAsString(n));
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(fileOf(id));
    }

    /** Reads the fields before {@code entry} with a streaming parser and stops there. */
    private static Stamp readStamp(Path f) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = RunSummary.JSON.createParser(f.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a state file");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && !p.currentName().equals("entry")) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
            }
        }
        if (!fields.containsKey("max_bytes")) {
            throw new IOException("state file of an older layout");
        }
        return new Stamp(fields.get("id"), fields.get("path"), fields.get("sha256"), Long.parseLong(fields.get("size")),
                fields.get("pipeline_version"), Long.parseLong(fields.get("max_bytes")),
                Double.parseDouble(fields.get("time_limit_s")), fields.get("reason"), Boolean.parseBoolean(fields.get("timed_out")));
    }

    private Path fileOf(String id) {
        return dir.resolve(safeName(id) + ".json");
    }

    /**
     * A file name for any id: unusual characters are percent-encoded, so distinct ids never share a file; a name
     * that would grow past file-system limits keeps a readable prefix and ends in a hash of the id.
     */
    static String safeName(String id) {
        String name = encoded(id);
        return name.length() <= 160 ? name : name.substring(0, 120) + "~" + EntryBuilder.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String encoded(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
