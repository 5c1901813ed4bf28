package dev.concurrencylab.python;

import dev.concurrencylab.engine.ExecutionModel;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelProvider;
import dev.concurrencylab.engine.ModelSettings;

/** Plugs the CPython models into the engine (registered for {@link java.util.ServiceLoader}). */
public final class PythonModelProvider implements ModelProvider {
    @Override
    public boolean supports(ModelKind kind) {
        return kind.inPython();
    }

    @Override
    public ExecutionModel create(ModelKind kind) {
        return new CPythonModel(kind);
    }

    /** The interpreter the settings name must exist and be Python 3.8 or newer. */
    @Override
    public void check(ModelKind kind, ModelSettings settings) {
        Interpreters.find(settings.python());
    }
}
