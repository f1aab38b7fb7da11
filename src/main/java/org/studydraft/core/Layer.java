package org.studydraft.core;

import java.util.Objects;

/**
 * A typed key for one layer of annotations on a {@link Document}. Each stage package defines the layers it
 * provides next to its own code (no central registry of constants); the type parameter keeps reads type-safe.
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
    }

    public static <T> Layer<T> of(String name, Class<?> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
