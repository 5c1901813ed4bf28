package dev.concurrencylab.engine;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A whole comparison: one workload, one to eight models run one after another, and their settings. A CPython
 * model may appear once per interpreter ({@code cpython-sequential}, {@code cpython-sequential@pypy3}); its
 * entry, not its kind, names a run.
 */
public record ExperimentConfig(WorkloadConfig workload, List<ModelEntry> models, ModelSettings settings) {

    public static final int MAX_MODELS = 8;

    public ExperimentConfig {
        if (workload == null) {
            throw new ConfigException("workload", "is required");
        }
        if (settings == null) {
            throw new ConfigException("settings", "is required");
        }
        if (models == null || models.isEmpty()) {
            throw new ConfigException("models", "name at least one model; allowed: " + ModelKind.allowed());
        }
        if (models.size() > MAX_MODELS) {
            throw new ConfigException("models", "at most " + MAX_MODELS + " models, was " + models.size());
        }
        if (models.stream().anyMatch(java.util.Objects::isNull)) { // List.of(..).contains(null) would throw
            throw new ConfigException("models", "contains an empty entry; allowed: " + ModelKind.allowed());
        }
        if (new LinkedHashSet<>(models).size() != models.size()) {
            throw new ConfigException("models", "lists a model twice: " + models + " (a cpython-* model may run "
                    + "once per interpreter: cpython-sequential,cpython-sequential" + ModelEntry.AT + "pypy3)");
        }
        for (ModelEntry e : models) {
            ModelKind m = e.kind();
            if (!m.runs(workload.kind())) { // said before anything runs, not after the models before it
                throw new ConfigException("models", m.id() + " cannot run " + workload.kind().id()
                        + " tasks (worker processes run cpu-regex, cpu-hash, sleep and mixed); remove it or choose"
                        + " another workload");
            }
        }
        models = List.copyOf(models);
    }

    /** A comparison of these kinds, each in the comparison's interpreter. */
    public static ExperimentConfig of(WorkloadConfig workload, List<ModelKind> kinds, ModelSettings settings) {
        return new ExperimentConfig(workload, kinds == null ? null : ModelEntry.of(kinds), settings);
    }

    public static ExperimentConfig defaults() {
        return of(WorkloadConfig.defaults(), List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL),
                ModelSettings.defaults());
    }

    /** The models' kinds, in run order (a kind appears twice where it runs in two interpreters). */
    public List<ModelKind> kinds() {
        return models.stream().map(ModelEntry::kind).toList();
    }

    /** The settings the {@code index}-th model runs with: its own interpreter, where its entry names one. */
    public ModelSettings settingsFor(int index) {
        return models.get(index).settings(settings);
    }

    public ExperimentConfig withWorkload(WorkloadConfig v) {
        return new ExperimentConfig(v, models, settings);
    }

    public ExperimentConfig withModels(List<ModelEntry> v) {
        return new ExperimentConfig(workload, v, settings);
    }

    /** These kinds, each in the comparison's interpreter. */
    public ExperimentConfig withModelKinds(List<ModelKind> v) {
        return of(workload, v, settings);
    }

    public ExperimentConfig withSettings(ModelSettings v) {
        return new ExperimentConfig(workload, models, v);
    }
}
