package dev.concurrencylab.ui;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.render.SweepMarker;
import dev.concurrencylab.render.SweepPicture;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.sweep.Sweep;
import dev.concurrencylab.sweep.SweepAnalysis;
import dev.concurrencylab.sweep.SweepListener;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepSpec;
import dev.concurrencylab.sweep.SweepTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sweep view's model: the worker counts and repeats as typed (checked like the form's fields), the sweep on
 * screen as it is measured, the chart's axes, and the commands Run (through the window's Run, Stop and status),
 * open a point's run in the comparison view, and show a recorded sweep. The experiment itself is the form's.
 */
public final class SweepModel {
    private static final System.Logger LOG = System.getLogger(SweepModel.class.getName());
    private final LabViewModel vm;
    private final TaskExecutor executor;
    private final StringProperty workersText = new SimpleStringProperty();
    private final StringProperty repeatsText = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<SweepSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper used = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SweepPicture.Axis> axis = new SimpleObjectProperty<>(SweepPicture.Axis.SPEEDUP);
    private final BooleanProperty log2 = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    /** The last valid counts and repeats: what an experiment file keeps while the fields are being edited. */
    private SweepSpec lastValid;
    private CancelToken current;

    public SweepModel(LabViewModel vm) {
        this.vm = vm;
        this.executor = vm.executor();
        workersText.addListener(o -> validate());
        repeatsText.addListener(o -> validate());
        load(null);
        vm.otherInputsValidProperty().bind(shown.not().or(spec.isNotNull()));
        shown.addListener((o, was, now) -> vm.runInstead(now ? this::run : null, spec));
    }

    // ---- properties

    /** The worker counts as typed: {@code 1..8}, {@code 1,2,4,8}. */
    public StringProperty workersTextProperty() {
        return workersText;
    }

    public StringProperty repeatsTextProperty() {
        return repeatsText;
    }

    /** The counts and repeats, or null while a field is invalid. */
    public ReadOnlyObjectProperty<SweepSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** {@code workers} or {@code repeat} while that field is invalid, else "". */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The sweep on screen, growing while it is measured; null before the first. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The workload as the engine describes it, for the caption. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** "point 7 of 18: pool, 4 workers, repeat 2 of 3" while running; the outcome after. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True once the experiment has a sweep: opened with one, or a sweep was run; it is then saved with it. */
    public ReadOnlyBooleanProperty usedProperty() {
        return used.getReadOnlyProperty();
    }

    /** What the experiment file keeps: the counts and repeats once the sweep is used, else null. */
    public ObjectBinding<SweepSpec> specToSaveBinding() {
        return Bindings.createObjectBinding(() -> used.get() ? (spec.get() != null ? spec.get() : lastValid) : null,
                used, spec);
    }

    public ObjectProperty<SweepPicture.Axis> axisProperty() {
        return axis;
    }

    public BooleanProperty log2Property() {
        return log2;
    }

    /** The sweep view is the one shown: Run then runs a sweep. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    // ---- commands

    /** Fills the fields from an experiment's sweep (null: the defaults, unused) and clears the sweep shown. */
    public void load(SweepSpec s) {
        SweepSpec v = s == null ? SweepSpec.defaults() : s;
        workersText.set(v.workersText());
        repeatsText.set(Integer.toString(v.repeats()));
        used.set(s != null);
        current = null; // a sweep still ending (stopped by what replaces it) no longer changes what is shown
        result.set(null);
        progressText.set("");
        if (s != null) {
            shown.set(true);
        }
    }

    /** Runs the form's experiment at every count, in the background; points appear as they are measured. */
    public void run() {
        ExperimentConfig config = vm.form().configProperty().get();
        SweepSpec s = spec.get();
        if (config == null || s == null || vm.runningProperty().get()) {
            return;
        }
        int total;
        try {
            total = SweepPlan.of(config.models(), s).size();
        } catch (ConfigException e) {
            errorField.set(e.field());
            errorMessage.set(e.getMessage());
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        CancelToken token = vm.beginWork("Sweep: " + total + " runs");
        current = token;
        used.set(true);
        List<SweepPoint> points = new ArrayList<>();
        result.set(SweepResult.of(config, s, points, cores));
        description.set(config.workload().kind().id() + " × " + config.workload().tasks());
        progressText.set("starting " + total + " runs");
        long t0 = System.nanoTime();
        SweepListener listener = new UiListener(token, config, s, points, cores);
        executor.execute(BackgroundTask.wrap(() -> {
                    try (Workload workload = Comparison.prepare(config)) {
                        String described = workload.describe();
                        executor.runOnUi(() -> description.set(described));
                        return Sweep.execute(config, s, workload, token, listener, Sweep.DEFAULT_TRACE_BUDGET);
                    }
                })
                .onSuccess(done -> {
                    if (token == current) {
                        progressText.set(done.size() < total
                                ? "stopped after " + done.size() + " of " + total + " runs"
                                : String.format(Locale.ROOT, "%d runs in %s · click a point to see its timelines",
                                        done.size(), Durations.ms((System.nanoTime() - t0) / 1e6)));
                    }
                })
                .onFailure(e -> {
                    LOG.log(System.Logger.Level.WARNING, "sweep failed", e);
                    if (token == current) {
                        progressText.set("failed: " + e.getMessage());
                    }
                })
                .onFinished(() -> vm.workEnded(token, "Sweep: " + progressText.get())));
    }

    /**
     * Opens the run behind a point (its median repeat) in the comparison view: its trace when the sweep kept it,
     * otherwise a fresh run of that point. Nothing happens while anything runs.
     *
     * @return true when the comparison view now shows (or is running) the point
     */
    public boolean open(SweepMarker marker) {
        SweepResult r = result.get();
        if (r == null || marker == null || vm.runningProperty().get()) {
            return false;
        }
        SweepPoint p = SweepAnalysis.representative(r.points(), marker.model(), marker.workers());
        if (p == null) {
            return false;
        }
        ExperimentConfig config = r.config().withModels(List.of(p.model()))
                .withSettings(SweepPlan.settingsFor(p.model().kind(), r.config().settings(), p.workers()));
        shown.set(false);
        RunOutput output = p.output();
        if (output != null) {
            vm.showRecorded(config, List.of(output), String.format(Locale.ROOT,
                    "Sweep point: %s, %s, repeat %d (the median of %d)", p.model().id(),
                    SweepPlan.countName(p.model().kind(), p.workers()), p.repeat(), r.spec().repeats()));
        } else {
            vm.runComparison(config); // the sweep kept no trace of it (memory, or a recording): measure it again
        }
        return true;
    }

    /** A recorded sweep, shown as if it had just been measured. */
    public void showRecorded(RecordedRun run) {
        SweepSpec s = run.experiment().sweep();
        if (run.sweep().isEmpty() || s == null) {
            return;
        }
        load(s);
        int cores = run.sweep().getFirst().result().cores();
        result.set(SweepResult.of(run.experiment().config(), s, run.sweep(), cores));
        description.set(run.experiment().config().workload().kind().id() + " × "
                + run.experiment().config().workload().tasks());
        progressText.set(run.sweep().size() + " runs, recorded · click a point to run it again");
    }

    private void validate() {
        try {
            SweepSpec s = SweepSpec.parse(workersText.get(), repeats(repeatsText.get()));
            spec.set(s);
            lastValid = s;
            errorField.set("");
            errorMessage.set("");
        } catch (ConfigException e) {
            spec.set(null);
            errorField.set(e.field());
            errorMessage.set(e.getMessage());
        }
    }

    private static int repeats(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(SweepSpec.REPEAT, "must be a whole number from 1 to " + SweepSpec.MAX_REPEATS
                    + ", was '" + text + "'");
        }
    }

    /** Applies the engine's calls, handed over to the UI thread, while this sweep is the current one. */
    private final class UiListener implements SweepListener {
        private final CancelToken token;
        private final ExperimentConfig config;
        private final SweepSpec spec;
        private final List<SweepPoint> points;
        private final int cores;

        UiListener(CancelToken token, ExperimentConfig config, SweepSpec spec, List<SweepPoint> points, int cores) {
            this.token = token;
            this.config = config;
            this.spec = spec;
            this.points = points;
            this.cores = cores;
        }

        @Override
        public void pointBegins(int index, int total, SweepPlan.Step step) {
            executor.runOnUi(() -> {
                if (token == current) {
                    progressText.set(SweepTexts.progress(index, total, step, spec.repeats()));
                    vm.workProgress(token, (double) index / total, "Sweep: " + progressText.get());
                }
            });
        }

        @Override
        public void pointFinished(int index, int total, SweepPoint point) {
            executor.runOnUi(() -> {
                if (token == current) {
                    points.add(point);
                    result.set(SweepResult.of(config, spec, points, cores));
                    vm.workProgress(token, (index + 1.0) / total, "Sweep: " + progressText.get());
                }
            });
        }
    }
}
