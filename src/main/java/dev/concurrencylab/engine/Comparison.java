package dev.concurrencylab.engine;

import java.util.ArrayList;
import java.util.List;

/** Runs one experiment's models one after another on the same tasks (never at once: they would share cores). */
public final class Comparison {
    private Comparison() {
    }

    /**
     * Everything {@link #prepare} would refuse, found without building or starting anything (no server, no task):
     * every model exists here, the workload's files and URLs are acceptable. What {@code validate} checks.
     */
    public static void check(ExperimentConfig config) {
        for (ModelKind m : config.models()) {
            Models.create(m);
            Models.check(m, config.settings());
        }
        Workloads.check(config.workload());
    }

    /**
     * Checks what can be checked before running: every model exists here and has what it needs (an interpreter),
     * the workload can be built.
     */
    public static Workload prepare(ExperimentConfig config) {
        for (ModelKind m : config.models()) {
            Models.create(m);
            Models.check(m, config.settings());
        }
        return Workloads.create(config.workload());
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
