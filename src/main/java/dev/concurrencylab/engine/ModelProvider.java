package dev.concurrencylab.engine;

/** Supplies models the engine does not build itself (found through {@link java.util.ServiceLoader}). */
public interface ModelProvider {
    boolean supports(ModelKind kind);

    ExecutionModel create(ModelKind kind);

    /**
     * Checks what the model needs outside this JVM with these settings (e.g. an interpreter), before anything runs;
     * throws a {@link ConfigException} naming the setting and what to do.
     */
    default void check(ModelKind kind, ModelSettings settings) {
    }
}
