package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LessonCheck;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment as kept on disk: the comparison to run, a name and a description for people, optionally
 * published wall times to show beside the measured ones (a preset quoting the article, say) with the threads
 * each was measured with, and the checks its lesson relies on.
 *
 * @param name             a short title, or null
 * @param description      a few sentences on what to watch for, or null
 * @param config           what to run
 * @param referenceSeconds published wall times per model entry, in seconds (a time for {@code cpython-sequential}
 *                         is not one for {@code cpython-sequential@pypy3}); empty where there are none
 * @param referenceThreads the threads (or processes) each published time was measured with, where known
 * @param checks           the inequalities the lesson relies on, for this setup; empty where there are none
 * @param sweep            the worker counts and repeats of a sweep of this experiment, or null where it has none
 */
public record ExperimentFile(String name, String description, ExperimentConfig config,
                             Map<ModelEntry, Double> referenceSeconds, Map<ModelEntry, Integer> referenceThreads,
                             List<LessonCheck> checks, SweepSpec sweep) {
    /**
     * The newest schema this version reads. It writes 1 unless the experiment uses what 2 added: a sweep,
     * checks, published thread counts, executor threads or worker JVM flags; or 3 where a model names its own
     * interpreter ({@code cpython-sequential@pypy3}).
     */
    public static final int SCHEMA_VERSION = 3;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CHECKS = 16;
    /** Starts a description written for a setup the experiment no longer has. */
    public static final String EDITED = "(edited)";

    public ExperimentFile {
        if (config == null) {
            throw new ConfigException("experiment", "is required");
        }
        name = trimmed("name", name, MAX_NAME);
        description = trimmed("description", description, MAX_DESCRIPTION);
        Map<ModelEntry, Double> ref = new LinkedHashMap<>();
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
        Map<ModelEntry, Integer> threads = new LinkedHashMap<>();
        if (referenceThreads != null) {
            referenceThreads.forEach((model, n) -> {
                if (model == null || !ref.containsKey(model)) {
                    throw new ConfigException("referenceThreads", (model == null ? "an empty model" : model.id())
                            + ": give threads only for a model with a time in referenceSeconds");
                }
                ConfigException.requireRange("referenceThreads", n == null ? 0 : n, 1, ModelSettings.MAX_WORKERS);
                threads.put(model, n);
            });
        }
        referenceThreads = Collections.unmodifiableMap(threads);
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (checks.size() > MAX_CHECKS) {
            throw new ConfigException("checks", "at most " + MAX_CHECKS + " checks, was " + checks.size());
        }
        for (LessonCheck c : checks) {
            for (ModelEntry m : c.models()) {
                if (!config.models().contains(m)) {
                    throw new ConfigException("checks", c.describe() + ": " + m.id()
                            + " is not among the models " + config.models());
                }
            }
        }
        if (sweep != null && config.models().size() > SweepPlan.MAX_MODELS) {
            throw new ConfigException("models", "a sweep compares 1 to " + SweepPlan.MAX_MODELS + " models, was "
                    + config.models().size());
        }
    }

    /** Without checks, published thread counts or a sweep. */
    public ExperimentFile(String name, String description, ExperimentConfig config,
                          Map<ModelEntry, Double> referenceSeconds) {
        this(name, description, config, referenceSeconds, null);
    }

    /** Without checks or published thread counts. */
    public ExperimentFile(String name, String description, ExperimentConfig config,
                          Map<ModelEntry, Double> referenceSeconds, SweepSpec sweep) {
        this(name, description, config, referenceSeconds, Map.of(), List.of(), sweep);
    }

    /** The schema this experiment is written as: the oldest that holds what it uses, so older versions read it. */
    public int writtenSchema() {
        if (config.models().stream().anyMatch(ModelEntry::hasInterpreter)) {
            return 3;
        }
        boolean newer = sweep != null || !checks.isEmpty() || !referenceThreads.isEmpty()
                || config.settings().executorThreads() != 0 || !config.settings().workerJvmFlags().isEmpty();
        return newer ? 2 : 1;
    }

    /** An unnamed experiment with no reference times. */
    public static ExperimentFile of(ExperimentConfig config) {
        return new ExperimentFile(null, null, config, Map.of());
    }

    public ExperimentFile withConfig(ExperimentConfig v) {
        return new ExperimentFile(name, description, v, referenceSeconds, referenceThreads, checks, sweep);
    }

    public ExperimentFile withSweep(SweepSpec v) {
        return new ExperimentFile(name, description, config, referenceSeconds, referenceThreads, checks, v);
    }

    /**
     * This experiment after a user changed its config: published times are kept only while the setup they were
     * published for stands (see {@link #publishedFor}), the checks only while the setup they were written for
     * does, and a description written for another setup starts with {@value #EDITED}.
     */
    public ExperimentFile withEditedConfig(ExperimentConfig v) {
        Map<ModelEntry, Double> published = publishedFor(v);
        Map<ModelEntry, Integer> threads = new LinkedHashMap<>();
        referenceThreads.forEach((m, n) -> {
            if (published.containsKey(m)) {
                threads.put(m, n);
            }
        });
        boolean same = ConfigChanges.sameSetup(config, v);
        String text = same || description == null || isMarkedEdited() ? description : EDITED + " " + description;
        return new ExperimentFile(name, text, v, published, threads, checksFor(v), sweep);
    }

    /**
     * The published times that apply to results of {@code ran}: all of them when it has this experiment's
     * workload and worker count, none otherwise (200 requests timed by the article say nothing about 400).
     */
    public Map<ModelEntry, Double> publishedFor(ExperimentConfig ran) {
        boolean same = ran != null && ran.workload().equals(config.workload())
                && ran.settings().workers() == config.settings().workers();
        return same ? referenceSeconds : Map.of();
    }

    /** The checks that apply to results of {@code ran}: all of them for the setup they were written for. */
    public List<LessonCheck> checksFor(ExperimentConfig ran) {
        return ConfigChanges.sameSetup(config, ran) ? checks : List.of();
    }

    /**
     * The description as it applies to {@code shown}, the setup in the form or on screen: as written for this
     * experiment's own setup; otherwise marked edited, with what changed ("(edited: workers 4 → 2) …"), or just
     * {@value #EDITED} when it was written for a setup edited before (whose changes are no longer known), or
     * when {@code shown} is null (a field is being typed). Null without a description.
     */
    public String descriptionFor(ExperimentConfig shown) {
        if (description == null || isMarkedEdited() || ConfigChanges.sameSetup(config, shown)) {
            return description;
        }
        List<String> changes = shown == null ? List.of() : ConfigChanges.between(config, shown);
        return (changes.isEmpty() ? EDITED : "(edited: " + String.join(", ", changes) + ")") + " " + description;
    }

    private boolean isMarkedEdited() {
        return description != null && description.startsWith(EDITED);
    }

    public ExperimentFile withName(String v) {
        return new ExperimentFile(v, description, config, referenceSeconds, referenceThreads, checks, sweep);
    }

    public ExperimentFile withDescription(String v) {
        return new ExperimentFile(name, v, config, referenceSeconds, referenceThreads, checks, sweep);
    }

    /** The published time for a model entry in milliseconds, or null where there is none. */
    public Double referenceMs(ModelEntry model) {
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
