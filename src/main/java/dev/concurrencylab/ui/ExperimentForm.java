package dev.concurrencylab.ui;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import javafx.collections.ObservableMap;

/**
 * The experiment form's view model: what the user typed, as text (so a bad entry can be shown and named
 * rather than silently clamped), and the validated {@link ExperimentConfig} it makes, or the first error.
 * Which fields there are and when each applies is {@link FormField}'s table; field ids are the engine's
 * {@link ConfigException} field names.
 */
public final class ExperimentForm {
    public static final String TASKS = FormField.TASKS.id();
    public static final String WORKERS = FormField.WORKERS.id();
    public static final String HASH_ROUNDS = FormField.HASH_ROUNDS.id();
    public static final String LENGTH = FormField.LENGTH.id();
    public static final String LATENCY = FormField.LATENCY.id();
    public static final String JITTER = FormField.JITTER.id();
    public static final String CPU_SHARE = FormField.CPU_SHARE.id();
    public static final String SWITCH_INTERVAL = FormField.SWITCH_INTERVAL.id();
    public static final String MAX_CONNECTIONS = FormField.MAX_CONNECTIONS.id();
    public static final String EXECUTOR_THREADS = FormField.EXECUTOR_THREADS.id();
    public static final String URLS = FormField.URLS.id();
    public static final String MODELS = "models";
    /** The engine's field name for the Python interpreter of the CPython models. */
    public static final String PYTHON = FormField.PYTHON.id();
    /** As many as the engine allows: the presets that put CPython beside the JVM run seven or eight. */
    public static final int MAX_MODELS = ExperimentConfig.MAX_MODELS;
    public static final int MAX_WORKERS = 64;

    private final List<ModelKind> available;
    private final ObjectProperty<WorkloadKind> workload = new SimpleObjectProperty<>(WorkloadKind.SLEEP);
    /** The typed text of every field with a slider, by field. */
    private final Map<FormField, StringProperty> texts = new EnumMap<>(FormField.class);
    private final StringProperty urls = new SimpleStringProperty("");
    private final StringProperty python = new SimpleStringProperty("");
    /** Why the interpreter {@link #python} names cannot run the CPython models, or "" (usable, or not checked). */
    private final ReadOnlyStringWrapper pythonProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty workersWithoutJit = new SimpleBooleanProperty();
    private final BooleanProperty fairGil = new SimpleBooleanProperty(true);
    private final BooleanProperty warmup = new SimpleBooleanProperty(true);
    /** Why an interpreter a model names ({@code cpython-sequential@pypy3}) cannot run, or "" where it can. */
    private final ObservableMap<String, String> interpreterProblems = FXCollections.observableHashMap();
    /** The interpreters found on PATH, offered beside each CPython model. */
    private final ObservableList<String> interpreterChoices = FXCollections.observableArrayList();
    private final ObservableList<String> interpreterChoicesView =
            FXCollections.unmodifiableObservableList(interpreterChoices);
    private final ObservableList<ModelEntry> models = FXCollections.observableArrayList();
    /** Made once: a read-only view listens weakly to its list, so a fresh one per call could lose listeners. */
    private final ObservableList<ModelEntry> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    /** Values the form does not show (seed, input file, URLs, caps) are carried over from here. */
    private ExperimentConfig base;
    private boolean loading;

    public ExperimentForm(ExperimentConfig initial, List<ModelKind> available) {
        this.available = List.copyOf(available);
        for (FormField f : FormField.values()) {
            if (f.range() != null) {
                texts.put(f, new SimpleStringProperty());
            }
        }
        load(initial);
        List<Observable> inputs = new ArrayList<>(texts.values());
        inputs.addAll(List.of(workload, urls, python, pythonProblem, interpreterProblems, workersWithoutJit, fairGil,
                warmup, models));
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
        return text(FormField.byId(field));
    }

    StringProperty text(FormField field) {
        StringProperty p = texts.get(field);
        if (p == null) {
            throw new IllegalArgumentException(field + " has no slider");
        }
        return p;
    }

    /** Whether a field applies to the workload and models chosen now (the window shows it only then). */
    BooleanBinding appliesBinding(FormField field) {
        return Bindings.createBooleanBinding(() -> applies(field), workload, models);
    }

    private boolean applies(FormField field) {
        return field.appliesTo(workload.get(), kinds());
    }

    private List<ModelKind> kinds() {
        return models.stream().map(ModelEntry::kind).toList();
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

    /**
     * Whether an interpreter a model names was found usable: null until checked, "" where it was, else why not.
     * The comparison's own interpreter is {@link #pythonProblemProperty()}.
     */
    public String interpreterProblem(String interpreter) {
        return interpreterProblems.get(interpreter);
    }

    /** The interpreters found on PATH (python3, python3.11, pypy3, ...), offered beside each CPython model. */
    public ObservableList<String> interpreterChoices() {
        return interpreterChoicesView;
    }

    /** What a background look along PATH found. */
    public void interpretersFound(List<String> names) {
        interpreterChoices.setAll(names);
    }

    /** The interpreters the chosen models name that have not been checked yet. */
    public List<String> uncheckedInterpreters() {
        return models.stream().filter(ModelEntry::hasInterpreter).map(ModelEntry::interpreter).distinct()
                .filter(i -> !interpreterProblems.containsKey(i)).toList();
    }

    /** The outcome of checking an interpreter a model names, in the background. */
    public void interpreterChecked(String interpreter, String problem) {
        interpreterProblems.put(interpreter, problem == null ? "" : problem);
    }

    /** process: start the worker JVMs with {@value ModelSettings#NO_JIT_FLAGS}, to show what the JIT is worth. */
    public BooleanProperty workersWithoutJitProperty() {
        return workersWithoutJit;
    }

    public BooleanProperty warmupProperty() {
        return warmup;
    }

    /**
     * The models to compare, in the order they run (the first is the baseline of the speed-ups); a CPython model may
     * appear once per interpreter.
     */
    public ObservableList<ModelEntry> selectedModels() {
        return modelsView;
    }

    /** True where some entry of this kind is chosen. */
    public boolean isSelected(ModelKind kind) {
        return models.stream().anyMatch(e -> e.kind() == kind);
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
     * How many times {@link #load} filled the form: after each, what was typed before belongs to another
     * experiment (the view model forgets what it last ran for it).
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /**
     * True while {@link #load} fills the fields: controls bound to them fire their change events then, which are
     * not the user's edits and must not start a run.
     */
    public boolean isLoading() {
        return loading;
    }

    // ---- commands

    /**
     * Adds a model, in the comparison's interpreter, at the end of the run order, or removes every entry of it;
     * the others keep their order.
     */
    public void setModelSelected(ModelKind model, boolean selected) {
        if (selected == isSelected(model)) {
            return;
        }
        List<ModelEntry> next = new ArrayList<>(models);
        if (selected) {
            next.add(ModelEntry.of(model));
        } else {
            next.removeIf(e -> e.kind() == model);
        }
        models.setAll(next);
    }

    /** Adds an entry (a CPython model in one more interpreter) at the end; false where it is already chosen. */
    public boolean addModel(ModelEntry entry) {
        if (models.contains(entry)) {
            return false;
        }
        List<ModelEntry> next = new ArrayList<>(models);
        next.add(entry);
        models.setAll(next);
        return true;
    }

    public void removeModel(ModelEntry entry) {
        List<ModelEntry> next = new ArrayList<>(models);
        if (next.remove(entry)) {
            models.setAll(next);
        }
    }

    /**
     * Runs a chosen entry in another interpreter ("" for the comparison's), keeping its place; false where that
     * entry is chosen already (the same model twice in one interpreter would be the same run twice).
     */
    public boolean setInterpreter(ModelEntry entry, String interpreter) {
        ModelEntry changed = new ModelEntry(entry.kind(), interpreter);
        int at = models.indexOf(entry);
        if (at < 0 || changed.equals(entry)) {
            return changed.equals(entry);
        }
        if (models.contains(changed)) {
            return false;
        }
        List<ModelEntry> next = new ArrayList<>(models);
        next.set(at, changed);
        models.setAll(next);
        return true;
    }

    /**
     * Moves a chosen model {@code by} places in the run order (negative: earlier), stopping at either end;
     * moved first, it becomes the baseline of the speed-ups.
     */
    public void moveModel(ModelEntry model, int by) {
        int from = models.indexOf(model);
        if (from < 0) {
            return;
        }
        int to = Math.clamp((long) from + by, 0, models.size() - 1);
        if (to != from) {
            List<ModelEntry> next = new ArrayList<>(models);
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
            text(FormField.TASKS).set(Integer.toString(w.tasks()));
            text(FormField.WORKERS).set(Integer.toString(Math.min(s.workers(), MAX_WORKERS)));
            text(FormField.HASH_ROUNDS).set(Integer.toString(w.hashRounds()));
            text(FormField.LENGTH).set(Integer.toString(w.length()));
            text(FormField.LATENCY).set(Integer.toString(w.latencyMs()));
            text(FormField.JITTER).set(Integer.toString(w.jitterMs()));
            text(FormField.CPU_SHARE).set(Long.toString(Math.round(w.cpuShare() * 100)));
            text(FormField.SWITCH_INTERVAL).set(decimal(s.switchIntervalMs()));
            text(FormField.MAX_CONNECTIONS).set(Integer.toString(s.maxConnections()));
            text(FormField.EXECUTOR_THREADS).set(Integer.toString(Math.min(s.executorThreads(), MAX_WORKERS)));
            urls.set(String.join("\n", w.urls()));
            python.set(s.python());
            workersWithoutJit.set(s.workerJvmFlagList().contains(ModelSettings.NO_JIT_FLAGS));
            fairGil.set(s.fairGil());
            warmup.set(s.warmup());
            // in the experiment's order: the first is the baseline, in the window as on the command line
            models.setAll(c.models().stream().filter(e -> available.contains(e.kind())).limit(MAX_MODELS).toList());
        } finally {
            loading = false;
        }
        validate();
        loads.set(loads.get() + 1);
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

    /** Reads only the fields that apply to the chosen workload and models ({@link FormField}). */
    private ExperimentConfig build() {
        WorkloadKind kind = workload.get();
        WorkloadConfig w = base.workload().withKind(kind).withTasks(whole(FormField.TASKS));
        if (applies(FormField.HASH_ROUNDS)) {
            w = w.withHashRounds(whole(FormField.HASH_ROUNDS));
        }
        if (applies(FormField.LENGTH)) {
            w = w.withLength(whole(FormField.LENGTH));
        }
        if (applies(FormField.LATENCY)) {
            w = w.withLatencyMs(whole(FormField.LATENCY));
        }
        if (applies(FormField.JITTER)) {
            w = w.withJitterMs(whole(FormField.JITTER));
        }
        if (applies(FormField.URLS)) {
            w = w.withUrls(urlList(urls.get())); // checked by the config itself
        }
        if (applies(FormField.CPU_SHARE)) {
            double pct = number(FormField.CPU_SHARE);
            ConfigException.requireRange(CPU_SHARE, pct, 0, 100);
            w = w.withCpuShare(pct / 100.0);
        }
        int n = whole(FormField.WORKERS);
        ConfigException.requireRange(WORKERS, n, 1, MAX_WORKERS);
        ModelSettings s = base.settings().withWorkers(n).withWarmup(warmup.get()).withPython(python.get());
        if (applies(FormField.FAIR_GIL)) {
            s = s.withFairGil(fairGil.get());
        }
        if (applies(FormField.SWITCH_INTERVAL)) {
            s = s.withSwitchIntervalMs(number(FormField.SWITCH_INTERVAL));
        }
        // the comparison's interpreter matters to the CPython models that name none of their own
        if (models.stream().anyMatch(e -> e.kind().inPython() && !e.hasInterpreter())
                && !pythonProblem.get().isEmpty()) {
            throw new ConfigException(PYTHON, pythonProblem.get());
        }
        for (ModelEntry e : models) {
            String problem = e.hasInterpreter() ? interpreterProblems.get(e.interpreter()) : null;
            if (problem != null && !problem.isEmpty()) {
                throw new ConfigException(MODELS, e.id() + ": " + problem);
            }
        }
        if (applies(FormField.MAX_CONNECTIONS)) {
            s = s.withMaxConnections(whole(FormField.MAX_CONNECTIONS));
        }
        if (applies(FormField.EXECUTOR_THREADS)) {
            int threads = whole(FormField.EXECUTOR_THREADS);
            ConfigException.requireRange(EXECUTOR_THREADS, threads, 0, MAX_WORKERS);
            s = s.withExecutorThreads(threads);
        }
        if (applies(FormField.NO_JIT)) {
            s = s.withWorkerJvmFlags(jvmFlags(base.settings().workerJvmFlags(), workersWithoutJit.get()));
        }
        if (models.isEmpty() || models.size() > MAX_MODELS) {
            throw new ConfigException(MODELS, "choose 1 to " + MAX_MODELS + " models, chosen " + models.size());
        }
        return new ExperimentConfig(w, List.copyOf(models), s);
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

    private int whole(FormField field) {
        return whole(field.id(), text(field).get());
    }

    private double number(FormField field) {
        return number(field.id(), text(field).get());
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
