package org.studydraft.batch;

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
import org.studydraft.write.Json;

/**
 * The output folder's memory between runs: one small JSON file per document under {@code .studydraft/state/}
 * holding the raw bytes' sha256, the pipeline version and the result. Each file is written atomically as soon
 * as its document is done, so a run killed at any moment loses at most the documents in flight, and the next
 * run picks up where it stopped.
 */
public final class StateStore {
    private final Path dir;

    public StateStore(Path outDir) {
        this.dir = outDir.resolve(".studydraft").resolve("state");
    }

    public Path dir() {
        return dir;
    }

    public Map<String, CachedResult> loadAll() throws IOException {
        Map<String, CachedResult> out = new HashMap<>();
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
                    JsonNode n = Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
                    CachedResult r = new CachedResult(n.path("id").asText(), n.path("path").asText(), n.path("sha256").asText(),
                            n.path("pipeline_version").asText(), n.hasNonNull("entry") ? n.get("entry") : null,
                            n.hasNonNull("reason") ? n.get("reason").asText() : null);
                    out.put(r.id(), r);
                } catch (IOException | RuntimeException unreadable) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return out;
    }

    public void save(CachedResult r) throws IOException {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("path", r.path());
        n.put("sha256", r.sha256());
        n.put("pipeline_version", r.pipelineVersion());
        if (r.entry() != null) {
            n.set("entry", r.entry());
        } else {
            n.put("reason", r.rejectReason());
        }
        AtomicFiles.writeString(fileOf(r.id()), Json.MAPPER.writeValueAsString(n));
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(fileOf(id));
    }

    private Path fileOf(String id) {
        return dir.resolve(safeName(id) + ".json");
    }

    /** A file name for any id: unusual characters are percent-encoded, so distinct ids never share a file. */
    static String safeName(String id) {
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
