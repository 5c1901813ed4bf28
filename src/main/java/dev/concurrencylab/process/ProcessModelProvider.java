package dev.concurrencylab.process;

import dev.concurrencylab.engine.ExecutionModel;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelProvider;

/** Plugs the {@code process} model into the engine (registered for {@link java.util.ServiceLoader}). */
public final class ProcessModelProvider implements ModelProvider {
    @Override
    public boolean supports(ModelKind kind) {
        return kind == ModelKind.PROCESS;
    }

    @Override
    public ExecutionModel create(ModelKind kind) {
        return new ProcessModel();
    }
}
