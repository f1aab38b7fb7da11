package org.studydraft.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Stage factories registered by name, as spaCy registers components; the pipeline file picks them by name. */
public final class StageRegistry {
    private final Map<String, Function<StageContext, Stage>> factories = new LinkedHashMap<>();

    public StageRegistry register(String name, Function<StageContext, Stage> factory) {
        if (factories.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("stage registered twice: " + name);
        }
        return this;
    }

    public Stage create(String name, StageContext context) {
        Function<StageContext, Stage> factory = factories.get(name);
        if (factory == null) {
            throw new PipelineException("unknown stage '" + name + "' in pipeline; known stages: " + factories.keySet());
        }
        return factory.apply(context);
    }

    public Set<String> names() {
        return factories.keySet();
    }
}
