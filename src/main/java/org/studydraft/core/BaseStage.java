package org.studydraft.core;

import java.util.Set;

/** A stage's name and declared contract, given once in its constructor, so stages hold only their own work. */
public abstract class BaseStage implements Stage {
    private final String name;
    private final Set<Layer<?>> requires;
    private final Set<Layer<?>> provides;

    protected BaseStage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides) {
        this.name = name;
        this.requires = Set.copyOf(requires);
        this.provides = Set.copyOf(provides);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Layer<?>> requires() {
        return requires;
    }

    @Override
    public final Set<Layer<?>> provides() {
        return provides;
    }
}
