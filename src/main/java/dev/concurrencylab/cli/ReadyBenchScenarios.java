package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.Presets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's scenarios for waits that outlast their cause: how long a task's IO_WAIT lasts where the cause's
 * end is known, how long it then waits READY, and how much of an HTTP run is spent waiting for a pooled connection.
 */
final class ReadyBenchScenarios {
    private static final double MS = 1e6;

    private ReadyBenchScenarios() {
    }

    static List<BenchScenario> all(boolean quick) {
        ExperimentConfig blocking = Presets.load("blocking-event-loop").experiment().config();
        WorkloadConfig sleep = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(quick ? 50 : 200).withLatencyMs(100);
        ExperimentConfig pool = Presets.load("connection-pool-bottleneck").experiment().config();
        return List.of(
                new BenchScenario("ready: preset blocking-event-loop (20 ms CPU, then an 80 ms sleep)", blocking,
                        List.of(new BenchScenario.Target("virtual median IO_WAIT within 5 ms of 80 ms (ms)",
                                runs -> median(BenchScenario.output(runs, ModelKind.VIRTUAL), State.IO_WAIT), 75, 85)),
                        runs -> lines(runs, State.IO_WAIT, State.READY)),
                new BenchScenario("ready: sleep " + sleep.tasks() + " × 100 ms on virtual threads",
                        ExperimentConfig.of(sleep, List.of(ModelKind.VIRTUAL), ModelSettings.defaults()),
                        List.of(new BenchScenario.Target("virtual: a clean sleep's READY ≤ 5 ms per task, "
                                + "the longest (ms)", runs -> longest(BenchScenario.output(runs, ModelKind.VIRTUAL),
                                State.READY), 0, 5)),
                        runs -> lines(runs, State.IO_WAIT, State.READY)),
                new BenchScenario("ready: preset connection-pool-bottleneck (50 threads, 5 connections)", pool,
                        List.of(new BenchScenario.Target("pool: waiting for a connection ≥ 80 % of its waits (share)",
                                        runs -> connShare(BenchScenario.output(runs, ModelKind.POOL)), 0.8, 1),
                                new BenchScenario.Target("pool median IO_WAIT within 5 ms of the server's 100 ms (ms)",
                                        runs -> median(BenchScenario.output(runs, ModelKind.POOL), State.IO_WAIT),
                                        100, 105)),
                        runs -> lines(runs, State.CONN_WAIT, State.IO_WAIT, State.READY)));
    }

    /** Per model and state: how many task segments, their median and the longest, in ms. */
    private static String lines(List<RunOutput> runs, State... states) {
        StringBuilder b = new StringBuilder();
        for (RunOutput r : runs) {
            for (State s : states) {
                double[] d = durations(r, s);
                b.append(String.format(Locale.ROOT, "%s %s: %d segments, median %.3f ms, longest %.3f ms%n",
                        r.result().label(), s.name(), d.length, median(d), d.length == 0 ? 0 : d[d.length - 1]));
            }
        }
        return b.toString();
    }

    private static double median(RunOutput run, State state) {
        return median(durations(run, state));
    }

    private static double longest(RunOutput run, State state) {
        double[] d = durations(run, state);
        return d.length == 0 ? 0 : d[d.length - 1];
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** CONN_WAIT ÷ (CONN_WAIT + IO_WAIT) over the run's tasks. */
    private static double connShare(RunOutput run) {
        double conn = Arrays.stream(durations(run, State.CONN_WAIT)).sum();
        double io = Arrays.stream(durations(run, State.IO_WAIT)).sum();
        return conn + io == 0 ? 0 : conn / (conn + io);
    }

    /** The durations of the tasks' segments in {@code state}, sorted, in ms. */
    private static double[] durations(RunOutput run, State state) {
        return run.trace().lanes().stream().flatMapToDouble(l -> durations(l, state)).sorted().toArray();
    }

    private static java.util.stream.DoubleStream durations(LaneSnapshot lane, State state) {
        Segments s = lane.segments();
        java.util.stream.DoubleStream.Builder b = java.util.stream.DoubleStream.builder();
        for (int i = 0; i < s.size(); i++) {
            if (s.state(i) == state && s.task(i) >= 0) {
                b.add((s.end(i) - s.start(i)) / MS);
            }
        }
        return b.build();
    }
}
