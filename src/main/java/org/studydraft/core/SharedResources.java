package org.studydraft.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Heavy objects (lexicon tries, CoreNLP pipelines, models) built once per process and shared by every stage
 * that asks for them by key, so no model or lexicon is loaded per document or per stage.
 */
public final class SharedResources {
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> builder) {
        return (T) cache.computeIfAbsent(key, k -> builder.get());
    }
}
