package dev.concurrencylab.engine;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A whole comparison: one workload, one to eight models run one after another, and their settings.
 */
public record ExperimentConfig(WorkloadConfig workload, List<ModelKind> models, ModelSettings settings) {

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
            throw new ConfigException("models", "lists a model twice: " + models);
        }
        for (ModelKind m : models) {
            if (!m.runs(workload.kind())) { // said before anything runs, not after the models before it
                throw new ConfigException("models", m.id() + " cannot run " + workload.kind().id()
                        + " tasks (worker processes run cpu-regex, cpu-hash, sleep and mixed); remove it or choose"
                        + " another workload");
            }
        }
        models = List.copyOf(models);
    }

    public static ExperimentConfig defaults() {
        return new ExperimentConfig(WorkloadConfig.defaults(),
                List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL), ModelSettings.defaults());
    }

    public ExperimentConfig withWorkload(WorkloadConfig v) {
        return new ExperimentConfig(v, models, settings);
    }

    public ExperimentConfig withModels(List<ModelKind> v) {
        return new ExperimentConfig(workload, v, settings);
    }

    public ExperimentConfig withSettings(ModelSettings v) {
        return new ExperimentConfig(workload, models, v);
    }
}
