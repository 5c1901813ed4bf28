package dev.concurrencylab.engine;

/** Supplies models the engine does not build itself (found through {@link java.util.ServiceLoader}). */
public interface ModelProvider {
    boolean supports(ModelKind kind);

    ExecutionModel create(ModelKind kind);
}
