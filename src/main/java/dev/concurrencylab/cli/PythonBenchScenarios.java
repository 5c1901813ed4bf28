package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.python.PythonPeers;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's CPython scenarios, in the python3 on PATH: the article's CPU experiment (the GIL, and
 * processes paying for their start-up) and its I/O experiment, each model beside its untraced peer, the same
 * Python program with nothing recorded.
 */
final class PythonBenchScenarios {
    private PythonBenchScenarios() {
    }

    static List<BenchScenario> all(boolean quick) {
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(quick ? 200 : 1000).withLength(1000);
        WorkloadConfig http = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(quick ? 40 : 200).withLatencyMs(100);
        ModelSettings two = ModelSettings.defaults().withWorkers(2);
        ModelSettings four = ModelSettings.defaults().withWorkers(4);
        ExperimentConfig cpu = ExperimentConfig.of(regex, List.of(ModelKind.CPYTHON_SEQUENTIAL,
                ModelKind.CPYTHON_THREADS, ModelKind.CPYTHON_PROCESSES), two);
        ExperimentConfig io = ExperimentConfig.of(http, List.of(ModelKind.CPYTHON_THREADS, ModelKind.CPYTHON_ASYNCIO),
                four);
        Peers cpuPeers = new Peers(cpu);
        Peers ioPeers = new Peers(io);
        return List.of(
                new BenchScenario("cpython: cpu-regex " + regex.tasks() + "×1000, 2 workers, spawn included", cpu,
                        List.of(new BenchScenario.Target("cpython-sequential within 10 % of the untraced loop"
                                        + " (traced ÷ untraced wall)", runs -> wall(runs, ModelKind.CPYTHON_SEQUENTIAL)
                                        / cpuPeers.get(ModelEntry.of(ModelKind.CPYTHON_SEQUENTIAL)).wallMs(), 0, 1.10),
                                BenchScenario.speedUpOver(ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_THREADS, 0,
                                        1.15),
                                new BenchScenario.Target("cpython-threads inferred GIL_WAIT ≥ 40 % of thread time",
                                        runs -> gilShare(ModelKind.CPYTHON_THREADS, runs),
                                        0.40, 1),
                                BenchScenario.speedUpOver(ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_PROCESSES, 1.3,
                                        Double.MAX_VALUE)),
                        cpuPeers::table),
                new BenchScenario("cpython: http " + http.tasks() + " × 100 ms GETs, 4 threads / asyncio", io,
                        List.of(BenchScenario.withinBound(ModelKind.CPYTHON_THREADS, 0.05),
                                BenchScenario.wallAtMost(ModelKind.CPYTHON_ASYNCIO, 300),
                                BenchScenario.noErrors(ModelKind.CPYTHON_ASYNCIO)),
                        ioPeers::table));
    }

    private static double wall(List<RunOutput> runs, ModelKind m) {
        return BenchScenario.of(runs, m).wallMs();
    }

    /** GIL_WAIT over the time the model's thread lanes were busy (first segment to last), summed over lanes. */
    static double gilShare(ModelKind m, List<RunOutput> runs) {
        RunOutput run = runs.stream().filter(r -> r.result().model() == m).findFirst().orElseThrow();
        long gil = 0;
        long span = 0;
        for (LaneSnapshot l : run.trace().threadLanes()) {
            Segments s = l.segments();
            if (s.size() == 0) {
                continue;
            }
            span += s.end(s.size() - 1) - s.start(0);
            for (int i = 0; i < s.size(); i++) {
                gil += s.state(i) == State.GIL_WAIT ? s.end(i) - s.start(i) : 0;
            }
        }
        return span == 0 ? 0 : (double) gil / span;
    }

    /** The untraced peers of a scenario's models, each measured once, when first asked for. */
    static final class Peers {
        private final ExperimentConfig config;
        private final Map<ModelEntry, PythonPeers.Peer> peers = new HashMap<>();

        Peers(ExperimentConfig config) {
            this.config = config;
        }

        PythonPeers.Peer get(ModelEntry m) {
            return peers.computeIfAbsent(m, k -> {
                try {
                    return PythonPeers.run(k.kind(), config.workload(), k.settings(config.settings()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            });
        }

        /**
         * Traced beside untraced. CPU time, unlike wall time, does not grow when other programs take the cores: the
         * traced run's is its task threads' (or workers'), the untraced one's the interpreter's whole (the main
         * thread's submitting, a pool's own threads and pickling too), so the two agree best for sequential.
         */
        String table(List<RunOutput> runs) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-26s %12s %12s %12s %12s%n",
                    "traced vs untraced", "wall", "untraced", "task CPU", "process CPU"));
            for (ModelEntry m : config.models()) {
                PythonPeers.Peer p = get(m);
                RunResult r = BenchScenario.of(runs, m);
                b.append(String.format(Locale.ROOT, "%-26s %12s %12s %12s %12s%n", m.id(),
                        SummaryTable.ms(r.wallMs()), SummaryTable.ms(p.wallMs()), SummaryTable.ms(r.cpuMs()),
                        SummaryTable.ms(p.cpuMs())));
            }
            if (config.workload().kind().usesCpu()) {
                b.append(String.format(Locale.ROOT, "cpython-threads: inferred GIL_WAIT %.0f %% of thread time%n",
                        100 * gilShare(ModelKind.CPYTHON_THREADS, runs)));
            }
            return b.toString();
        }
    }
}
