package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.net.UrlList;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The experiment form's view model: what the user typed, as text (so a bad entry can be shown and named
 * rather than silently clamped), and the validated {@link ExperimentConfig} it makes, or the first error.
 * Field ids are the engine's {@link ConfigException} field names.
 */
public final class ExperimentForm {
    public static final String TASKS = "tasks";
    public static final String WORKERS = "workers";
    public static final String HASH_ROUNDS = "hash-rounds";
    public static final String LENGTH = "length";
    public static final String LATENCY = "latency-ms";
    public static final String JITTER = "jitter-ms";
    public static final String CPU_SHARE = "cpu-share";
    public static final String SWITCH_INTERVAL = "switch-interval-ms";
    public static final String MODELS = "models";
    public static final String MAX_CONNECTIONS = "max-connections";
    /** (cpython-)article-asyncio's executor threads; 0 for Python's default, min(32, cores + 4). */
    public static final String EXECUTOR_THREADS = "executor-threads";
    /** The engine's field name for the Python interpreter of the CPython models. */
    public static final String PYTHON = "python";
    /** The engine's field name for a bad URL (see {@link UrlList}). */
    public static final String URLS = "url";
    /** As many as the engine allows: the presets that put CPython beside the JVM run seven or eight. */
    public static final int MAX_MODELS = ExperimentConfig.MAX_MODELS;
    public static final int MAX_WORKERS = 64;

    private final List<ModelKind> available;
    private final ObjectProperty<WorkloadKind> workload = new SimpleObjectProperty<>(WorkloadKind.SLEEP);
    private final StringProperty tasks = new SimpleStringProperty();
    private final StringProperty workers = new SimpleStringProperty();
    private final StringProperty hashRounds = new SimpleStringProperty();
    private final StringProperty length = new SimpleStringProperty();
    private final StringProperty latencyMs = new SimpleStringProperty();
    private final StringProperty jitterMs = new SimpleStringProperty();
    private final StringProperty cpuSharePercent = new SimpleStringProperty();
    private final StringProperty switchIntervalMs = new SimpleStringProperty();
    private final StringProperty maxConnections = new SimpleStringProperty();
    private final StringProperty executorThreads = new SimpleStringProperty();
    private final StringProperty urls = new SimpleStringProperty("");
    private final StringProperty python = new SimpleStringProperty("");
    /** Why the interpreter {@link #python} names cannot run the CPython models, or "" (usable, or not checked). */
    private final ReadOnlyStringWrapper pythonProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty workersWithoutJit = new SimpleBooleanProperty();
    private final BooleanProperty fairGil = new SimpleBooleanProperty(true);
    private final BooleanProperty warmup = new SimpleBooleanProperty(true);
    private final ObservableList<ModelKind> models = FXCollections.observableArrayList();
    /** Made once: a read-only view listens weakly to its list, so a fresh one per call could lose listeners. */
    private final ObservableList<ModelKind> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    /** Values the form does not show (seed, input file, URLs, caps) are carried over from here. */
    private ExperimentConfig base;
    private boolean loading;

    public ExperimentForm(ExperimentConfig initial, List<ModelKind> available) {
        this.available = List.copyOf(available);
        load(initial);
        Observable[] inputs = {workload, tasks, workers, hashRounds, length, latencyMs, jitterMs, cpuSharePercent,
                switchIntervalMs, maxConnections, executorThreads, urls, python, pythonProblem, workersWithoutJit,
                fairGil, warmup, models};
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
    }

    // ---- properties the view binds to

    public List<ModelKind> availableModels() {
        return available;
    }

    public ObjectProperty<WorkloadKind> workloadProperty() {
        return workload;
    }

    /** The text property of a numeric field, by its id. */
    public StringProperty text(String field) {
        return switch (field) {
            case TASKS -> tasks;
            case WORKERS -> workers;
            case HASH_ROUNDS -> hashRounds;
            case LENGTH -> length;
            case LATENCY -> latencyMs;
            case JITTER -> jitterMs;
            case CPU_SHARE -> cpuSharePercent;
            case SWITCH_INTERVAL -> switchIntervalMs;
            case MAX_CONNECTIONS -> maxConnections;
            case EXECUTOR_THREADS -> executorThreads;
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    public BooleanProperty fairGilProperty() {
        return fairGil;
    }

    /** http: the target URLs, separated by commas or new lines; empty for the embedded latency server. */
    public StringProperty urlsProperty() {
        return urls;
    }

    /** cpython-*: the interpreter, a path or a command on PATH; empty for python3, then python. */
    public StringProperty pythonProperty() {
        return python;
    }

    /** Why the CPython models cannot run with the interpreter named, or "" where they can (or it is unchecked). */
    public ReadOnlyStringProperty pythonProblemProperty() {
        return pythonProblem.getReadOnlyProperty();
    }

    /** The outcome of checking {@code requested} in the background; ignored if the field has changed since. */
    public void pythonChecked(String requested, String problem) {
        if (requested.equals(python.get())) {
            pythonProblem.set(problem == null ? "" : problem);
        }
    }

    /** process: start the worker JVMs with {@value ModelSettings#NO_JIT_FLAGS}, to show what the JIT is worth. */
    public BooleanProperty workersWithoutJitProperty() {
        return workersWithoutJit;
    }

    public BooleanProperty warmupProperty() {
        return warmup;
    }

    /** The models to compare, in the order they run (the first is the baseline of the speed-ups). */
    public ObservableList<ModelKind> selectedModels() {
        return modelsView;
    }

    /** The validated config, or null while a field is invalid. */
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The id of the field in error, or "" when all is well. */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** The error, naming the field and what it allows. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /**
     * True while {@link #load} fills the fields: controls bound to them fire their change events then, which are
     * not the user's edits and must not start a run.
     */
    public boolean isLoading() {
        return loading;
    }

    // ---- commands

    /** Adds a model at the end of the run order, or removes it; the others keep their order. */
    public void setModelSelected(ModelKind model, boolean selected) {
        if (selected == models.contains(model)) {
            return;
        }
        List<ModelKind> next = new ArrayList<>(models);
        if (selected) {
            next.add(model);
        } else {
            next.remove(model);
        }
        models.setAll(next);
    }

    /**
     * Moves a chosen model {@code by} places in the run order (negative: earlier), stopping at either end;
     * moved first, it becomes the baseline of the speed-ups.
     */
    public void moveModel(ModelKind model, int by) {
        int from = models.indexOf(model);
        if (from < 0) {
            return;
        }
        int to = Math.clamp((long) from + by, 0, models.size() - 1);
        if (to != from) {
            List<ModelKind> next = new ArrayList<>(models);
            next.add(to, next.remove(from));
            models.setAll(next);
        }
    }

    /** Fills the form from a config (the defaults, a preset, the last experiment). */
    public void load(ExperimentConfig c) {
        loading = true;
        try {
            base = c;
            WorkloadConfig w = c.workload();
            ModelSettings s = c.settings();
            workload.set(w.kind());
            tasks.set(Integer.toString(w.tasks()));
            workers.set(Integer.toString(Math.min(s.workers(), MAX_WORKERS)));
            hashRounds.set(Integer.toString(w.hashRounds()));
            length.set(Integer.toString(w.length()));
            latencyMs.set(Integer.toString(w.latencyMs()));
            jitterMs.set(Integer.toString(w.jitterMs()));
            cpuSharePercent.set(Long.toString(Math.round(w.cpuShare() * 100)));
            switchIntervalMs.set(decimal(s.switchIntervalMs()));
            maxConnections.set(Integer.toString(s.maxConnections()));
            executorThreads.set(Integer.toString(Math.min(s.executorThreads(), MAX_WORKERS)));
            urls.set(String.join("\n", w.urls()));
            python.set(s.python());
            workersWithoutJit.set(s.workerJvmFlagList().contains(ModelSettings.NO_JIT_FLAGS));
            fairGil.set(s.fairGil());
            warmup.set(s.warmup());
            // in the experiment's order: the first is the baseline, in the window as on the command line
            models.setAll(c.models().stream().filter(available::contains).limit(MAX_MODELS).toList());
        } finally {
            loading = false;
        }
        validate();
    }

    static String decimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    // ---- validation

    private void validate() {
        if (loading) {
            return;
        }
        try {
            ExperimentConfig c = build();
            config.set(c);
            errorField.set("");
            errorMessage.set("");
            valid.set(true);
        } catch (ConfigException e) {
            config.set(null);
            errorField.set(e.field());
            errorMessage.set(e.getMessage());
            valid.set(false);
        }
    }

    /** Reads only the fields that matter for the chosen workload and models, so a hidden field cannot block Run. */
    private ExperimentConfig build() {
        WorkloadKind kind = workload.get();
        WorkloadConfig w = base.workload().withKind(kind).withTasks(whole(TASKS, tasks.get()));
        if (kind == WorkloadKind.CPU_HASH) {
            w = w.withHashRounds(whole(HASH_ROUNDS, hashRounds.get()));
        }
        if (kind == WorkloadKind.CPU_REGEX) {
            w = w.withLength(whole(LENGTH, length.get()));
        }
        if (kind.usesIo()) {
            w = w.withLatencyMs(whole(LATENCY, latencyMs.get()));
        }
        if (kind == WorkloadKind.SLEEP || kind == WorkloadKind.HTTP) {
            w = w.withJitterMs(whole(JITTER, jitterMs.get()));
        }
        if (kind == WorkloadKind.HTTP) {
            List<String> list = urlList(urls.get());
            UrlList.parse(list);
            w = w.withUrls(list);
        }
        if (kind == WorkloadKind.MIXED) {
            double pct = number(CPU_SHARE, cpuSharePercent.get());
            ConfigException.requireRange(CPU_SHARE, pct, 0, 100);
            w = w.withCpuShare(pct / 100.0);
        }
        int n = whole(WORKERS, workers.get());
        ConfigException.requireRange(WORKERS, n, 1, MAX_WORKERS);
        ModelSettings s = base.settings().withWorkers(n).withFairGil(fairGil.get()).withWarmup(warmup.get())
                .withPython(python.get());
        if (usesSwitchInterval(models)) {
            s = s.withSwitchIntervalMs(number(SWITCH_INTERVAL, switchIntervalMs.get()));
        }
        if (models.stream().anyMatch(ModelKind::inPython) && !pythonProblem.get().isEmpty()) {
            throw new ConfigException(PYTHON, pythonProblem.get());
        }
        if (kind == WorkloadKind.HTTP) {
            s = s.withMaxConnections(whole(MAX_CONNECTIONS, maxConnections.get()));
        }
        if (usesExecutor(models)) {
            int threads = whole(EXECUTOR_THREADS, executorThreads.get());
            ConfigException.requireRange(EXECUTOR_THREADS, threads, 0, MAX_WORKERS);
            s = s.withExecutorThreads(threads);
        }
        if (models.contains(ModelKind.PROCESS)) {
            s = s.withWorkerJvmFlags(jvmFlags(base.settings().workerJvmFlags(), workersWithoutJit.get()));
        }
        if (models.isEmpty() || models.size() > MAX_MODELS) {
            throw new ConfigException(MODELS, "choose 1 to " + MAX_MODELS + " models, chosen " + models.size());
        }
        return new ExperimentConfig(w, List.copyOf(models), s);
    }

    /** True where a chosen model has a GIL switch interval: the emulated GIL's, or a CPython interpreter's. */
    static boolean usesSwitchInterval(List<ModelKind> chosen) {
        return chosen.contains(ModelKind.GIL) || chosen.stream().anyMatch(ModelKind::inPython);
    }

    /** True where a chosen model runs the article's "asyncio", whose executor threads are a setting. */
    static boolean usesExecutor(List<ModelKind> chosen) {
        return chosen.contains(ModelKind.ARTICLE_ASYNCIO) || chosen.contains(ModelKind.CPYTHON_ARTICLE_ASYNCIO);
    }

    /** Splits on commas and line breaks, dropping blanks. */
    static List<String> urlList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(u -> !u.isBlank()).toList();
    }

    /** Adds or removes {@value ModelSettings#NO_JIT_FLAGS}, keeping any other flags the experiment carries. */
    private static String jvmFlags(String flags, boolean noJit) {
        List<String> rest = Arrays.stream(flags.split("\\s+"))
                .filter(f -> !f.isEmpty() && !f.equals(ModelSettings.NO_JIT_FLAGS)).toList();
        return (noJit ? ModelSettings.NO_JIT_FLAGS + " " : "") + String.join(" ", rest);
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ConfigException(field, "must be a whole number, was '" + text + "'");
        }
    }

    private static double number(String field, String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException(field, "must be a number, was '" + text + "'");
    }
}
