package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Models;
import dev.concurrencylab.python.InterpretersOnPath;
import javafx.collections.ListChangeListener;

/**
 * Whether the interpreters the form names can run the CPython models, found out in the background (each is
 * started once to ask its version); the form then disables a model, with the reason, where one cannot. Done again
 * whenever the form names another interpreter or a chosen model names one not checked before.
 */
final class InterpreterChecks {
    private final TaskExecutor executor;
    private final ExperimentForm form;

    InterpreterChecks(TaskExecutor executor, ExperimentForm form) {
        this.executor = executor;
        this.form = form;
        form.pythonProperty().addListener((o, was, now) -> checkPython());
        form.selectedModels().addListener((ListChangeListener<ModelEntry>) c -> checkInterpreters());
    }

    /** Checks the comparison's interpreter, finds those on PATH once, and checks the chosen models' own. */
    void checkPython() {
        if (form.availableModels().stream().noneMatch(ModelKind::inPython)) {
            return;
        }
        String requested = form.pythonProperty().get();
        executor.execute(BackgroundTask.wrap(() -> problem(requested))
                .onSuccess(problem -> form.pythonChecked(requested, problem)));
        if (form.interpreterChoices().isEmpty()) {
            executor.execute(BackgroundTask.wrap(InterpretersOnPath::find).onSuccess(form::interpretersFound));
        }
        checkInterpreters();
    }

    /** Checks each interpreter a chosen model names that was not checked before. */
    private void checkInterpreters() {
        for (String interpreter : form.uncheckedInterpreters()) {
            form.interpreterChecked(interpreter, null); // asked once, even while the check goes on
            executor.execute(BackgroundTask.wrap(() -> problem(interpreter))
                    .onSuccess(problem -> form.interpreterChecked(interpreter, problem)));
        }
    }

    /** Why the interpreter cannot run the CPython models, or "" where it can. */
    private static String problem(String interpreter) {
        try {
            Models.check(ModelKind.CPYTHON_SEQUENTIAL, ModelSettings.defaults().withPython(interpreter));
            return "";
        } catch (ConfigException e) {
            return e.getMessage().substring(e.field().length() + 2);
        }
    }
}
