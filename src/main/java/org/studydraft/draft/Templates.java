package org.studydraft.draft;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.studydraft.core.PipelineException;

/**
 * Curated sentence templates ({@code annotators/wording/templates.properties}) with {@code {name}} slots. Templates
 * carry no numbers of their own, so every number in a draft comes from the source.
 */
public final class Templates {
    private final Properties props = new Properties();

    public Templates(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new PipelineException("cannot read templates " + file + ": " + e.getMessage(), e);
        }
    }

    /** The template under {@code key}, or under {@code fallbackKey}, or "" — with slots filled. */
    public String fill(String key, String fallbackKey, Map<String, String> slots) {
        String t = props.getProperty(key);
        if (t == null && fallbackKey != null) {
            t = props.getProperty(fallbackKey);
        }
        if (t == null) {
            return "";
        }
        for (Map.Entry<String, String> e : slots.entrySet()) {
            t = t.replace("{" + e.getKey() + "}", e.getValue());
        }
        return t.strip();
    }

    public String get(String key) {
        return props.getProperty(key, "").strip();
    }
}
