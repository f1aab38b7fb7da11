package org.studydraft.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input document as it flows through the pipeline: the raw bytes, the decoded raw text, the clean text
 * every later stage reads, and typed layers of annotations whose spans point into the clean text.
 */
public final class Document {
    private final String id;
    private final Path path;
    private final byte[] raw;
    private String rawText = "";
    private String clean = "";
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public Document(String id, Path path, byte[] raw) {
        this.id = id;
        this.path = path;
        this.raw = raw;
    }

    public String id() {
        return id;
    }

    public Path path() {
        return path;
    }

    public byte[] raw() {
        return raw;
    }

    public String rawText() {
        return rawText;
    }

    public void setRawText(String rawText) {
        this.rawText = rawText;
    }

    public String clean() {
        return clean;
    }

    public void setClean(String clean) {
        this.clean = clean;
    }

    public String text(Span span) {
        return span.of(clean);
    }

    public <T> void put(Layer<T> layer, T value) {
        layers.put(layer, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        return (T) layers.get(layer);
    }

    /** The layer's value, or {@code fallback} when no stage provided it (e.g. a stage switched off). */
    public <T> T getOr(Layer<T> layer, T fallback) {
        T value = get(layer);
        return value == null ? fallback : value;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
