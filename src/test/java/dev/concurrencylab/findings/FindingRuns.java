package dev.concurrencylab.findings;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;

/** Real runs for the findings tests, and the trace sums their numbers are checked against. */
final class FindingRuns {
    static final int CORES = Runtime.getRuntime().availableProcessors();

    private FindingRuns() {
    }

    /** Runs the models one after another and computes the comparison's findings. */
    static Ran compare(WorkloadConfig w, ModelSettings s, ModelKind... models) throws InterruptedException {
        ExperimentConfig config = ExperimentConfig.of(w, List.of(models), s);
        List<RunOutput> runs = Comparison.execute(config, new CancelToken(), RunListener.NONE);
        return new Ran(runs, ComparisonFindings.of(config.settings(), runs));
    }

    record Ran(List<RunOutput> runs, ComparisonFindings findings) {
        List<Finding> of(int run) {
            return findings.run(run);
        }

        Finding get(int run, FindingKind kind) {
            return findings.find(run, kind).orElseThrow(() -> new AssertionError("no " + kind + " in run " + run
                    + " (" + runs.get(run).result().model() + "): " + findings.run(run)));
        }

        boolean has(int run, FindingKind kind) {
            return findings.find(run, kind).isPresent();
        }

        List<Finding> warnings(int run) {
            return findings.run(run).stream().filter(f -> f.severity() == Severity.WARNING).toList();
        }
    }

    static WorkloadConfig hash(int tasks, int rounds) {
        return WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(tasks).withHashRounds(rounds);
    }

    static WorkloadConfig sleep(int tasks, int ms) {
        return WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(tasks).withLatencyMs(ms).withJitterMs(0);
    }

    static WorkloadConfig mixed(int tasks, int ms, double cpuShare) {
        return WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(tasks).withLatencyMs(ms).withCpuShare(cpuShare);
    }

    static ModelSettings workers(int n) {
        return ModelSettings.defaults().withWorkers(n).withWarmup(false);
    }

    /** Nanoseconds the run's thread lanes spent in {@code state}. */
    static long threadNanos(RunOutput run, State state) {
        long sum = 0;
        for (LaneSnapshot l : run.trace().threadLanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state) {
                    sum += s.end(i) - s.start(i);
                }
            }
        }
        return sum;
    }

    /** Nanoseconds the run's thread lanes spent in any state. */
    static long threadNanos(RunOutput run) {
        long sum = 0;
        for (State s : State.values()) {
            sum += threadNanos(run, s);
        }
        return sum;
    }
}
