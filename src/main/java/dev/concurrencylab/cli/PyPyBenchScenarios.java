package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The article's JIT remark, measured: cpu-regex and cpu-hash in CPython and in PyPy (the pypy3 on PATH), one
 * thread and a pool of 2 processes each, with the warm-up run the app makes by default and without it (so the first
 * tasks show what the JIT's warming up costs). Nothing is expected of PyPy's speed; its answers must be CPython's.
 */
final class PyPyBenchScenarios {
    static final String PYPY = "pypy3";
    private static final List<ModelEntry> MODELS = List.of(ModelEntry.of(ModelKind.CPYTHON_SEQUENTIAL),
            new ModelEntry(ModelKind.CPYTHON_SEQUENTIAL, PYPY), ModelEntry.of(ModelKind.CPYTHON_PROCESSES),
            new ModelEntry(ModelKind.CPYTHON_PROCESSES, PYPY));

    private PyPyBenchScenarios() {
    }

    static List<BenchScenario> all(boolean quick) {
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(quick ? 200 : 1000)
                .withLength(1000);
        WorkloadConfig hash = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(quick ? 40 : 200)
                .withHashRounds(10_000);
        List<BenchScenario> out = new ArrayList<>();
        for (boolean warm : List.of(true, false)) {
            ModelSettings two = ModelSettings.defaults().withWorkers(2).withWarmup(warm);
            String how = warm ? "warm-up on" : "no warm-up";
            ExperimentConfig r = new ExperimentConfig(regex, MODELS, two);
            out.add(new BenchScenario("pypy: cpu-regex " + regex.tasks() + "×1000, CPython vs PyPy, sequential and 2 "
                    + "processes, " + how, r, List.of(noErrors(), sameMatches()), table(r, !warm)));
            ExperimentConfig h = new ExperimentConfig(hash, MODELS, two);
            out.add(new BenchScenario("pypy: cpu-hash " + hash.tasks() + "×10000 rounds, CPython vs PyPy, sequential "
                    + "and 2 processes, " + how, h, List.of(noErrors()), table(h, !warm)));
        }
        return out;
    }

    private static BenchScenario.Target noErrors() {
        return new BenchScenario.Target("CPython and PyPy errors = 0", runs -> (double) runs.stream()
                .mapToInt(o -> o.result().errors()).sum(), 0, 0);
    }

    /** PyPy's re finds what CPython's finds: the matches of the two sequential runs differ by nothing. */
    private static BenchScenario.Target sameMatches() {
        return new BenchScenario.Target("PyPy matches − CPython matches = 0", runs -> (double)
                (BenchScenario.of(runs, MODELS.get(1)).matches() - BenchScenario.of(runs, MODELS.get(0)).matches()),
                0, 0);
    }

    /**
     * PyPy's wall time against CPython's, per model; without the warm-up, each beside the same program untraced in
     * the same interpreter, which starts as cold (what tracing costs there).
     */
    private static Function<List<RunOutput>, String> table(ExperimentConfig config, boolean withPeers) {
        PythonBenchScenarios.Peers peers = new PythonBenchScenarios.Peers(config);
        return runs -> {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-18s %12s %12s %14s%s%n",
                    "CPython vs PyPy", "CPython", "PyPy", "PyPy ÷ CPython", withPeers
                            ? String.format(Locale.ROOT, " %18s %18s", "CPython untraced", "PyPy untraced") : ""));
            for (int i = 0; i < MODELS.size(); i += 2) {
                RunResult c = BenchScenario.of(runs, MODELS.get(i));
                RunResult p = BenchScenario.of(runs, MODELS.get(i + 1));
                b.append(String.format(Locale.ROOT, "%-18s %12s %12s %14.2f%s%n", MODELS.get(i).kind().id(),
                        SummaryTable.ms(c.wallMs()), SummaryTable.ms(p.wallMs()), p.wallMs() / c.wallMs(),
                        withPeers ? String.format(Locale.ROOT, " %18s %18s",
                                SummaryTable.ms(peers.get(MODELS.get(i)).wallMs()),
                                SummaryTable.ms(peers.get(MODELS.get(i + 1)).wallMs())) : ""));
            }
            return b.toString();
        };
    }
}
