package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepSpec;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An experiment as kept on disk: the comparison to run, a name and a description for people, and optionally
 * published wall times to show beside the measured ones (a preset quoting the article, say).
 *
 * @param name             a short title, or null
 * @param description      a few sentences on what to watch for, or null
 * @param config           what to run
 * @param referenceSeconds published wall times per model, in seconds; empty where there are none
 * @param sweep            the worker counts and repeats of a sweep of this experiment, or null where it has none
 */
public record ExperimentFile(String name, String description, ExperimentConfig config,
                             Map<ModelKind, Double> referenceSeconds, SweepSpec sweep) {
    /** The newest schema this version reads; it writes 1 unless the experiment has a sweep or worker JVM flags (2). */
    public static final int SCHEMA_VERSION = 2;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public ExperimentFile {
        if (config == null) {
            throw new ConfigException("experiment", "is required");
        }
        name = trimmed("name", name, MAX_NAME);
        description = trimmed("description", description, MAX_DESCRIPTION);
        EnumMap<ModelKind, Double> ref = new EnumMap<>(ModelKind.class);
        if (referenceSeconds != null) {
            referenceSeconds.forEach((model, seconds) -> {
                if (model == null) {
                    throw new ConfigException("referenceSeconds", "names an empty model; allowed: " + ModelKind.allowed());
                }
                if (seconds == null || !(seconds > 0) || seconds > 1e6) {
                    throw new ConfigException("referenceSeconds", model.id()
                            + ": must be a time in seconds above 0 and at most 1000000, was " + seconds);
                }
                ref.put(model, seconds);
            });
        }
        referenceSeconds = Collections.unmodifiableMap(ref);
        if (sweep != null && config.models().size() > SweepPlan.MAX_MODELS) {
            throw new ConfigException("models", "a sweep compares 1 to " + SweepPlan.MAX_MODELS + " models, was "
                    + config.models().size());
        }
    }

    /** An experiment without a sweep. */
    public ExperimentFile(String name, String description, ExperimentConfig config,
                          Map<ModelKind, Double> referenceSeconds) {
        this(name, description, config, referenceSeconds, null);
    }

    /** The schema this experiment is written as: 1 (which older versions read) unless it has a sweep or flags. */
    public int writtenSchema() {
        return sweep == null && config.settings().workerJvmFlags().isEmpty() ? 1 : SCHEMA_VERSION;
    }

    /** An unnamed experiment with no reference times. */
    public static ExperimentFile of(ExperimentConfig config) {
        return new ExperimentFile(null, null, config, Map.of());
    }

    public ExperimentFile withConfig(ExperimentConfig v) {
        return new ExperimentFile(name, description, v, referenceSeconds, sweep);
    }

    public ExperimentFile withSweep(SweepSpec v) {
        return new ExperimentFile(name, description, config, referenceSeconds, v);
    }

    /**
     * This experiment after a user changed its config: published times are kept only while the setup they were
     * published for stands (see {@link #publishedFor}), so an edited preset no longer quotes the article.
     */
    public ExperimentFile withEditedConfig(ExperimentConfig v) {
        return new ExperimentFile(name, description, v, publishedFor(v), sweep);
    }

    /**
     * The published times that apply to results of {@code ran}: all of them when it has this experiment's
     * workload and worker count, none otherwise (200 requests timed by the article say nothing about 400).
     */
    public Map<ModelKind, Double> publishedFor(ExperimentConfig ran) {
        boolean same = ran != null && ran.workload().equals(config.workload())
                && ran.settings().workers() == config.settings().workers();
        return same ? referenceSeconds : Map.of();
    }

    public ExperimentFile withName(String v) {
        return new ExperimentFile(v, description, config, referenceSeconds, sweep);
    }

    public ExperimentFile withDescription(String v) {
        return new ExperimentFile(name, v, config, referenceSeconds, sweep);
    }

    /** The published time for a model in milliseconds, or null where there is none. */
    public Double referenceMs(ModelKind model) {
        Double s = referenceSeconds.get(model);
        return s == null ? null : s * 1000;
    }

    private static String trimmed(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new ConfigException(field, "at most " + max + " characters, was " + t.length());
        }
        return t;
    }
}
