package dev.concurrencylab.ui;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main screen's view model: the form, the comparison under way or last finished, and the commands
 * Run, Stop and the auto-run that follows a released slider. Runs go to a {@link TaskExecutor} with an
 * immutable config read here, on the UI thread.
 */
public final class LabViewModel {
    private static final System.Logger LOG = System.getLogger(LabViewModel.class.getName());
    private final TaskExecutor executor;
    private final ExperimentForm form;
    private final InterpreterChecks interpreters;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyLongWrapper axisEndNanos = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<ExperimentConfig> shownConfig = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper workloadDescription = new ReadOnlyStringWrapper("");
    private final ObservableList<RunPanelModel> panels = FXCollections.observableArrayList();
    private final ObservableList<RunOutput> outputs = FXCollections.observableArrayList();
    // one read-only view each: such a view listens weakly to its list, so a fresh one per call could be
    // collected and silently drop its listeners
    private final ObservableList<RunPanelModel> panelsView = FXCollections.unmodifiableObservableList(panels);
    private final ObservableList<RunOutput> outputsView = FXCollections.unmodifiableObservableList(outputs);
    private final BooleanProperty autoRun = new SimpleBooleanProperty(true);
    /** False while the view shown besides the form (the sweep) has an invalid input of its own. */
    private final BooleanProperty otherInputsValid = new SimpleBooleanProperty(true);
    private final BooleanProperty quietMeasuring = new SimpleBooleanProperty(QuietMeasuring.defaultOn());
    private final ReadOnlyBooleanWrapper measuringQuietly = new ReadOnlyBooleanWrapper();
    private Runnable afterQuietComparison = () -> { };
    private final BooleanBinding canRun;
    private final BooleanBinding canReplay;
    private CancelToken cancel;
    private boolean rerunPending;
    /**
     * What Run would use when the user last committed an input, ran, or an experiment was opened (the form's config,
     * and the other view's inputs while it is shown): a commit that changes nothing (a slider clicked without moving
     * it, Tab out of an untouched box, Esc on a focused slider) runs nothing.
     */
    private List<Object> committed;
    /** The first interpreter start-up of the comparison on screen, shown once in the status bar. */
    private String startupNote;
    /** Run's work while another view (the sweep) is shown, or null for a comparison; and that view's inputs. */
    private Runnable runInstead;
    private ObservableValue<?> otherInputs;

    public LabViewModel(TaskExecutor executor, ExperimentForm form) {
        this.executor = executor;
        this.form = form;
        canRun = running.not().and(form.validProperty()).and(otherInputsValid);
        canReplay = running.not().and(Bindings.isNotEmpty(outputs));
        committed = commitKey();
        form.loadsProperty().addListener((o, was, now) -> committed = commitKey());
        interpreters = new InterpreterChecks(executor, form);
    }

    /**
     * Checks in the background that the interpreter the form names can run the CPython models ({@link
     * InterpreterChecks}); the window asks for the first check as it shows the models.
     */
    public void checkPython() {
        interpreters.checkPython();
    }

    // ---- properties

    public ExperimentForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public BooleanBinding canReplayBinding() {
        return canReplay;
    }

    /** 0 to 1 over the whole comparison. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The end of the longest trace shown: every panel's time axis runs from 0 to here. */
    public ReadOnlyLongProperty axisEndNanosProperty() {
        return axisEndNanos.getReadOnlyProperty();
    }

    /** The config of the comparison on screen (for captions and file names). */
    public ReadOnlyObjectProperty<ExperimentConfig> shownConfigProperty() {
        return shownConfig.getReadOnlyProperty();
    }

    /** The workload on screen as the engine describes it, e.g. "24 × sleep 50 ms" (for captions). */
    public ReadOnlyStringProperty workloadDescriptionProperty() {
        return workloadDescription.getReadOnlyProperty();
    }

    public ObservableList<RunPanelModel> panels() {
        return panelsView;
    }

    /** The finished runs of the comparison on screen, in order. */
    public ObservableList<RunOutput> outputs() {
        return outputsView;
    }

    /** Re-run when a slider is released. */
    public BooleanProperty autoRunProperty() {
        return autoRun;
    }

    /**
     * Draw CPU-bound runs at a low rate while they are measured, then replay them (see {@link QuietMeasuring});
     * on by default on machines with few cores.
     */
    public BooleanProperty quietMeasuringProperty() {
        return quietMeasuring;
    }

    /** True while the comparison under way is measured quietly. */
    public ReadOnlyBooleanProperty measuringQuietlyProperty() {
        return measuringQuietly.getReadOnlyProperty();
    }

    /** What to do when a quietly measured comparison has finished (the window replays it at full rate). */
    public void setAfterQuietComparison(Runnable action) {
        afterQuietComparison = action == null ? () -> { } : action;
    }

    // ---- commands

    /**
     * Runs the form's experiment: one model after another, in the background; or, while another view is shown,
     * that view's work (a sweep).
     */
    public void run() {
        if (!canRun.get()) {
            if (!running.get()) {
                status.set("Cannot run: " + (form.validProperty().get() ? "a setting of the view shown is not valid"
                        : form.errorMessageProperty().get()));
            }
            return;
        }
        committed = commitKey();
        if (runInstead != null) {
            runInstead.run();
            return;
        }
        runComparison(form.configProperty().get());
    }

    /** Runs a comparison of {@code config}, which need not be the form's (a sweep's point, opened again). */
    void runComparison(ExperimentConfig config) {
        if (running.get()) {
            return;
        }
        CancelToken token = new CancelToken();
        cancel = token;
        rerunPending = false;
        List<RunPanelModel> fresh = new ArrayList<>();
        for (int i = 0; i < config.models().size(); i++) {
            fresh.add(new RunPanelModel(i, config.models().get(i), config.settings(), config.workload()));
        }
        outputs.clear();
        panels.setAll(fresh);
        shownConfig.set(config);
        axisEndNanos.set(0);
        progress.set(0);
        running.set(true);
        boolean quiet = QuietMeasuring.applies(quietMeasuring.get(), config.workload().kind());
        measuringQuietly.set(quiet);
        status.set("Running " + config.workload().tasks() + " × " + config.workload().kind().id() + " on "
                + config.models().size() + (config.models().size() == 1 ? " model" : " models")
                + (quiet ? " · " + QuietMeasuring.EXPLANATION : ""));
        startupNote = null;
        RunListener listener = new UiRunListener(executor, new PanelUpdater(fresh, token));
        workloadDescription.set(config.workload().kind().id() + " × " + config.workload().tasks());
        executor.execute(BackgroundTask.wrap(() -> {
                    try (Workload workload = Comparison.prepare(config)) {
                        String described = workload.describe();
                        executor.runOnUi(() -> workloadDescription.set(described));
                        return Comparison.execute(config, workload, token, listener);
                    }
                })
                .onSuccess(done -> status.set((token.isCancelled() ? "Stopped" : "Done") + summary(done)
                        + (token.isCancelled() || startupNote == null ? "" : " · " + startupNote)))
                .onFailure(e -> {
                    LOG.log(System.Logger.Level.WARNING, "comparison failed", e);
                    status.set("Failed: " + e.getMessage());
                })
                .onFinished(() -> ended(fresh, token)));
    }

    /**
     * Shows runs recorded earlier, as if they had just finished: panels, summary and replay, nothing run. A
     * comparison under way is stopped and its results no longer shown.
     */
    public void showRecorded(ExperimentConfig config, List<RunOutput> runs, String message) {
        abandonRun();
        List<RunPanelModel> fresh = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunPanelModel p = new RunPanelModel(i, runs.get(i).result().entry(), config.settings(),
                    config.workload());
            p.finished(runs.get(i));
            fresh.add(p);
        }
        shownConfig.set(config);
        workloadDescription.set(config.workload().kind().id() + " × " + config.workload().tasks());
        outputs.setAll(runs);
        panels.setAll(fresh);
        refreshAxis();
        progress.set(1);
        status.set(message);
    }

    /**
     * Clears the comparison on screen: another experiment was opened (new, a preset, a file), and its timelines
     * would sit under the wrong description. A comparison under way is stopped.
     */
    public void clear(String message) {
        abandonRun();
        outputs.clear();
        panels.clear();
        shownConfig.set(null);
        workloadDescription.set("");
        axisEndNanos.set(0);
        progress.set(0);
        status.set(message);
    }

    /** A comparison under way is cancelled and forgotten: its late events no longer reach the screen. */
    private void abandonRun() {
        if (cancel != null) {
            cancel.cancel();
        }
        cancel = null;
        rerunPending = false;
        measuringQuietly.set(false);
        running.set(false);
    }

    /** Stops the comparison: the run under way is cancelled and the models after it do not start. */
    public void stop() {
        rerunPending = false;
        if (cancel != null && running.get()) {
            status.set("Stopping…");
            cancel.cancel();
        }
    }

    /**
     * An input was committed (a slider released, Enter or Tab in a box, a switch flipped): with auto-run on and the
     * experiment changed since the last commit, run again (stopping a comparison under way first).
     */
    public void inputCommitted() {
        List<Object> key = commitKey();
        if (!autoRun.get() || !form.validProperty().get() || form.isLoading() || key.equals(committed)) {
            return;
        }
        committed = key;
        if (running.get()) {
            cancel.cancel();
            rerunPending = true;
        } else {
            run();
        }
    }

    /**
     * Called once per frame while running: takes fresh snapshots of the run under way, at most
     * {@link #LIVE_REFRESH_NANOS} apart. Every repaint costs CPU that the measured run then lacks: on 2
     * cores with software rendering, a 600-string sequential regex run reached efficiency 0.44 with a
     * 30 Hz live view and 0.74 at 10 Hz (1.00 from the command line). The smooth "race" is the replay,
     * which plays the finished traces at full frame rate.
     */
    public void pollLive(long nowNanos) {
        long every = measuringQuietly.get() ? QuietMeasuring.REFRESH_NANOS : LIVE_REFRESH_NANOS;
        if (!running.get() || nowNanos - lastLivePoll < every) {
            return;
        }
        lastLivePoll = nowNanos;
        int n = panels.size();
        for (RunPanelModel p : panels) {
            double share = p.poll();
            if (share >= 0) {
                progress.set((p.index() + share) / n);
                refreshAxis();
            }
        }
    }

    // ---- other work under the same Run, Stop, progress and status (a sweep)

    /**
     * While another view is shown, Run, Ctrl+R and auto-run start {@code action} instead; null for comparisons.
     * {@code inputs} are that view's own settings: a commit that changes them runs again too.
     */
    void runInstead(Runnable action, ObservableValue<?> inputs) {
        runInstead = action;
        otherInputs = action == null ? null : inputs;
    }

    /** The form's config and, while another view is shown, its inputs: what a commit must change to run again. */
    private List<Object> commitKey() {
        return Arrays.asList(form.configProperty().get(), otherInputs == null ? null : otherInputs.getValue());
    }

    TaskExecutor executor() {
        return executor;
    }

    /** The other view's own inputs are valid (or it is not shown): Run stays disabled while they are not. */
    BooleanProperty otherInputsValidProperty() {
        return otherInputsValid;
    }

    /** Begins other work: running, Stop and the status bar now belong to it; its runs check the token returned. */
    CancelToken beginWork(String text) {
        CancelToken token = new CancelToken();
        cancel = token;
        rerunPending = false;
        progress.set(0);
        status.set(text);
        running.set(true);
        return token;
    }

    void workProgress(CancelToken token, double share, String text) {
        if (token == cancel && running.get()) {
            progress.set(share);
            status.set(text);
        }
    }

    /** Other work has ended; an auto-run that waited for it starts now. */
    void workEnded(CancelToken token, String text) {
        if (token != cancel) {
            return;
        }
        status.set(text);
        running.set(false);
        if (rerunPending) {
            rerunPending = false;
            run();
        }
    }

    /** The shortest time between two live snapshots. */
    static final long LIVE_REFRESH_NANOS = 100_000_000L;
    private long lastLivePoll = Long.MIN_VALUE / 2;

    private void ended(List<RunPanelModel> fresh, CancelToken token) {
        if (token != cancel) {
            return;
        }
        fresh.forEach(RunPanelModel::abandoned);
        boolean replay = measuringQuietly.get() && !token.isCancelled() && !rerunPending && !outputs.isEmpty();
        measuringQuietly.set(false);
        running.set(false);
        progress.set(token.isCancelled() ? progress.get() : 1);
        if (replay) {
            afterQuietComparison.run();
        }
        if (rerunPending) {
            rerunPending = false;
            run();
        }
    }

    /** The longest trace shown, live or final: a finished run's final end replaces its live estimate. */
    private void refreshAxis() {
        long end = 0;
        for (RunPanelModel p : panels) {
            TraceSnapshot s = p.traceProperty().get();
            if (s != null) {
                end = Math.max(end, s.endNanos());
            }
        }
        axisEndNanos.set(end);
    }

    /** ": sequential 1.20 s, pool 310 ms · 12 tasks failed", or "" when nothing ran. */
    private static String summary(List<RunOutput> done) {
        StringBuilder b = new StringBuilder();
        int failed = 0;
        for (RunOutput o : done) {
            b.append(b.isEmpty() ? ": " : ", ");
            b.append(o.result().label()).append(' ').append(Durations.ms(o.result().wallMs()));
            failed += o.result().errors();
        }
        if (failed > 0) {
            b.append(" · ").append(failed).append(failed == 1 ? " task failed" : " tasks failed");
        }
        return b.toString();
    }

    /** Applies the engine's events (already on the UI thread) to the panels. */
    private final class PanelUpdater implements RunListener {
        private final List<RunPanelModel> targets;
        private final CancelToken token;

        PanelUpdater(List<RunPanelModel> targets, CancelToken token) {
            this.targets = targets;
            this.token = token;
        }

        @Override
        public void warmingUp(int index, ModelKind model) {
            targets.get(index).warmingUp();
        }

        @Override
        public void prepared(int index, ModelKind model, String note) {
            if (token == cancel && startupNote == null) {
                startupNote = note;
                status.set(status.get() + " · " + note);
            }
        }

        @Override
        public void runStarted(int index, ModelKind model, TraceRecorder trace) {
            boolean quiet = measuringQuietly.get();
            targets.get(index).started(trace, !quiet);
            if (quiet) {
                lastLivePoll = System.nanoTime(); // a quiet run is first drawn a refresh interval in, not at once
            }
        }

        @Override
        public void runFinished(int index, RunOutput output) {
            targets.get(index).finished(output);
            if (token != cancel) {
                return;
            }
            outputs.add(output);
            refreshAxis();
            progress.set((index + 1.0) / targets.size());
        }
    }
}
