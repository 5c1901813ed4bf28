package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;

/** Hands the engine's calls (made on its own threads) over to the UI thread. */
final class UiRunListener implements RunListener {
    private final TaskExecutor executor;
    private final RunListener target;

    UiRunListener(TaskExecutor executor, RunListener target) {
        this.executor = executor;
        this.target = target;
    }

    @Override
    public void warmingUp(int index, ModelKind model) {
        executor.runOnUi(() -> target.warmingUp(index, model));
    }

    @Override
    public void prepared(int index, ModelKind model, String note) {
        executor.runOnUi(() -> target.prepared(index, model, note));
    }

    @Override
    public void runStarted(int index, ModelKind model, TraceRecorder trace) {
        executor.runOnUi(() -> target.runStarted(index, model, trace));
    }

    @Override
    public void runFinished(int index, RunOutput output) {
        executor.runOnUi(() -> target.runFinished(index, output));
    }
}
