package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.Workloads;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs for the CPython tests, in the python3 on PATH (as CI has it): no warm-up, and each task's result kept.
 * A missing or unusable interpreter fails the test with the engine's own message; nothing is skipped.
 */
final class PythonRuns {
    private PythonRuns() {
    }

    /** A run's output and every task's result, in task order. */
    record Outcome(RunOutput output, List<Object> results) {
    }

    /**
     * 33 regex strings, written to {@code dir}: 30 generated, and three where regex dialects and string indices could
     * part (a line separator Java's '.' does not cross, non-ASCII word characters, characters outside the BMP before
     * the match).
     */
    static WorkloadConfig edgeCaseRegex(java.nio.file.Path dir) throws java.io.IOException {
        List<String> lines = new ArrayList<>(dev.concurrencylab.engine.RegexInputs.generate(30, 400, 7));
        lines.add("abcdefghij\u2028abcdefghijklmnop");
        lines.add("\uD835\uDCB3\uD835\uDCB4 é ü 0123456789abcdefghij0123456789");
        lines.add("aaaa\u0085bcdefghijklmnopqrstuvwxyz");
        java.nio.file.Path input = java.nio.file.Files.write(dir.resolve("lines.txt"), lines,
                java.nio.charset.StandardCharsets.UTF_8);
        return WorkloadConfig.defaults(dev.concurrencylab.engine.WorkloadKind.CPU_REGEX)
                .withInputFile(input.toString());
    }

    /** The JVM's answers (sequential) to a regex workload, which must hold matches and misses both. */
    static List<Object> jvmAnswers(WorkloadConfig regex) throws InterruptedException {
        List<Object> jvm = run(regex, ModelKind.SEQUENTIAL, workers(1)).results();
        org.assertj.core.api.Assertions.assertThat(jvm)
                .filteredOn(r -> ((dev.concurrencylab.engine.RegexMatch) r).found()).hasSizeBetween(5, jvm.size() - 5);
        return jvm;
    }

    static ModelSettings workers(int n) {
        return ModelSettings.defaults().withWorkers(n).withWarmup(false);
    }

    static Outcome run(WorkloadConfig config, ModelKind model, ModelSettings settings) throws InterruptedException {
        try (Workload w = Workloads.create(config)) {
            return run(w, model, settings, new CancelToken(), new AtomicReference<>());
        }
    }

    /** A model in the interpreter its entry names ({@code cpython-sequential@pypy3}). */
    static Outcome run(WorkloadConfig config, ModelEntry model, ModelSettings settings) throws InterruptedException {
        try (Workload w = Workloads.create(config)) {
            return run(w, model, settings, new CancelToken(), new AtomicReference<>());
        }
    }

    /** Runs {@code model} on {@code w}, publishing its live trace in {@code live} as it starts. */
    static Outcome run(Workload w, ModelKind model, ModelSettings settings, CancelToken cancel,
                       AtomicReference<TraceRecorder> live) throws InterruptedException {
        return run(w, ModelEntry.of(model), settings, cancel, live);
    }

    private static Outcome run(Workload w, ModelEntry model, ModelSettings settings, CancelToken cancel,
                               AtomicReference<TraceRecorder> live) throws InterruptedException {
        RunOutput out = Run.execute(0, w, model, settings, cancel, new RunListener() {
            @Override
            public void runStarted(int index, ModelKind m, TraceRecorder trace) {
                live.set(trace);
            }
        });
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < w.tasks().size(); i++) {
            results.add(live.get().result(i));
        }
        return new Outcome(out, results);
    }

    /** The same in a thread of its own, for a test that stops or kills it meanwhile. */
    static CompletableFuture<Outcome> inBackground(Workload w, ModelKind model, ModelSettings settings,
                                                   CancelToken cancel, AtomicReference<TraceRecorder> live) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                f.complete(run(w, model, settings, cancel, live));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    static Set<State> states(LaneSnapshot lane) {
        Set<State> out = EnumSet.noneOf(State.class);
        Segments s = lane.segments();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.state(i));
        }
        return out;
    }

    /** The Python processes this JVM started that are still alive (drivers, pool workers, probes). */
    static List<ProcessHandle> pythonProcesses() {
        return ProcessHandle.current().descendants().filter(p -> {
            String command = p.info().commandLine().orElse("");
            return command.contains("python") || command.contains("pypy");
        }).toList();
    }

    /**
     * True while the process runs. A pool worker killed with its driver has exited but stays a zombie until the
     * system's init reaps it (its parent died with it), which Java still counts as alive: that is not running.
     */
    static boolean running(ProcessHandle p) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(p.pid()), "stat"));
            return p.isAlive() && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException e) {
            return false; // gone
        }
    }

    /** Waits a few seconds for every Python process of this JVM to be gone; true if they all are. */
    static boolean noPythonLeft() throws InterruptedException {
        for (int i = 0; i < 100 && !pythonProcesses().isEmpty(); i++) {
            Thread.sleep(50);
        }
        return pythonProcesses().isEmpty();
    }
}
