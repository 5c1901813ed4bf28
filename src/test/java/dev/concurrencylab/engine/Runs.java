package dev.concurrencylab.engine;

import java.util.List;

/** Small runs for tests. */
final class Runs {
    private Runs() {
    }

    static RunOutput run(WorkloadConfig w, ModelKind model, ModelSettings s) throws InterruptedException {
        try (Workload workload = Workloads.create(w)) {
            return Run.execute(0, workload, model, s, new CancelToken(), RunListener.NONE);
        }
    }

    static List<RunOutput> compare(WorkloadConfig w, ModelSettings s, ModelKind... models) throws InterruptedException {
        return Comparison.execute(ExperimentConfig.of(w, List.of(models), s), new CancelToken(), RunListener.NONE);
    }

    static WorkloadConfig regex(int tasks, int length) {
        return WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(tasks).withLength(length);
    }

    static WorkloadConfig sleep(int tasks, int ms) {
        return WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(tasks).withLatencyMs(ms);
    }

    static WorkloadConfig hash(int tasks, int rounds) {
        return WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(tasks).withHashRounds(rounds);
    }

    static WorkloadConfig mixed(int tasks, int ms, double share) {
        return WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(tasks).withLatencyMs(ms).withCpuShare(share);
    }

    static ModelSettings workers(int n) {
        return ModelSettings.defaults().withWorkers(n).withWarmup(false);
    }
}
