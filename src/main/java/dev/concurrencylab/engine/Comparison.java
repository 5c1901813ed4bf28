package dev.concurrencylab.engine;

import java.util.ArrayList;
import java.util.List;

/** Runs one experiment's models one after another on the same tasks (never at once: they would share cores). */
public final class Comparison {
    private Comparison() {
    }

    /**
     * Everything {@link #prepare} would refuse, found without building or starting anything (no server, no task):
     * every model exists here and has what it needs (each its own interpreter), the workload's files and URLs
     * are acceptable. What {@code validate} checks.
     */
    public static void check(ExperimentConfig config) {
        checkModels(config);
        Workloads.check(config.workload());
    }

    /**
     * Checks what can be checked before running: every model exists here and has what it needs (an interpreter),
     * the workload can be built.
     */
    public static Workload prepare(ExperimentConfig config) {
        checkModels(config);
        return Workloads.create(config.workload());
    }

    private static void checkModels(ExperimentConfig config) {
        for (int i = 0; i < config.models().size(); i++) {
            ModelEntry e = config.models().get(i);
            Models.create(e.kind());
            try {
                Models.check(e.kind(), config.settingsFor(i));
            } catch (ConfigException x) {
                if (!e.hasInterpreter()) {
                    throw x;
                }
                // the same words as for the comparison's interpreter, saying which model named this one
                throw new ConfigException(x.field(), e.id() + ": " + x.getMessage().substring(x.field().length() + 2));
            }
        }
    }

    public static List<RunOutput> execute(ExperimentConfig config, CancelToken cancel, RunListener listener)
            throws InterruptedException {
        try (Workload workload = prepare(config)) {
            return execute(config, workload, cancel, listener);
        }
    }

    public static List<RunOutput> execute(ExperimentConfig config, Workload workload, CancelToken cancel,
                                          RunListener listener) throws InterruptedException {
        List<RunOutput> outputs = new ArrayList<>();
        for (int i = 0; i < config.models().size() && !cancel.isCancelled(); i++) {
            outputs.add(Run.execute(i, workload, config.models().get(i), config.settings(), cancel, listener));
        }
        return outputs;
    }
}
