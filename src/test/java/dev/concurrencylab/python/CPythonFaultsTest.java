package dev.concurrencylab.python;

import static dev.concurrencylab.process.WorkerProcesses.awaitLaneIn;
import static dev.concurrencylab.python.PythonRuns.inBackground;
import static dev.concurrencylab.python.PythonRuns.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.engine.Workloads;
import dev.concurrencylab.render.MeasurementNote;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop, a Python exception, a killed interpreter and a bad {@code --python}: each ends clearly, leaving nothing. */
class CPythonFaultsTest {
    private static final WorkloadConfig SLEEPS = WorkloadConfig.defaults(WorkloadKind.SLEEP);

    @AfterEach
    void noPythonLeft() throws InterruptedException {
        assertThat(PythonRuns.noPythonLeft()).as("Python processes left after the test").isTrue();
    }

    @Test
    void stopEndsTheRunAndEveryPythonProcessAtOnce() throws Exception {
        CancelToken cancel = new CancelToken();
        AtomicReference<TraceRecorder> live = new AtomicReference<>();
        try (Workload w = Workloads.create(SLEEPS.withTasks(4).withLatencyMs(20_000))) {
            var run = inBackground(w, ModelKind.CPYTHON_PROCESSES, workers(2), cancel, live);
            awaitLaneIn(live, State.IO_WAIT);
            List<ProcessHandle> python = PythonRuns.pythonProcesses();
            assertThat(python).as("the driver and its two pool workers").hasSizeGreaterThanOrEqualTo(3);
            long t0 = System.nanoTime();
            cancel.cancel();
            RunOutput out = run.get(5, TimeUnit.SECONDS).output();

            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
            assertThat(out.result().cancelled()).isTrue();
            assertThat(out.trace().tasks().failure()).allSatisfy(r -> assertThat(r).isEqualTo("cancelled"));
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (python.stream().anyMatch(PythonRuns::running) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(python).as("the driver and its workers ended").noneMatch(PythonRuns::running);
        }
    }

    @Test
    void aPythonExceptionFailsItsTaskWithThePythonErrorsLastLine() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once it is closed: connections are refused
        }
        WorkloadConfig http = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(3)
                .withUrls(List.of("http://127.0.0.1:" + closed + "/"));
        RunOutput out = PythonRuns.run(http, ModelKind.CPYTHON_THREADS, workers(2)).output();

        assertThat(out.result().errors()).isEqualTo(3);
        assertThat(out.trace().tasks().failure())
                .allSatisfy(r -> assertThat(r).startsWith("urllib.error.URLError: ").contains("refused"));
    }

    @Test
    void aKilledInterpreterFailsTheTasksLeftWithItsExitStatus() throws Exception {
        AtomicReference<TraceRecorder> live = new AtomicReference<>();
        try (Workload w = Workloads.create(SLEEPS.withTasks(6).withLatencyMs(300))) {
            var run = inBackground(w, ModelKind.CPYTHON_SEQUENTIAL, workers(1), new CancelToken(), live);
            LaneSnapshot lane = awaitLaneIn(live, State.IO_WAIT);
            ProcessHandle driver = PythonRuns.pythonProcesses().getFirst();
            driver.destroyForcibly();
            RunOutput out = run.get(10, TimeUnit.SECONDS).output();

            String[] failures = out.trace().tasks().failure();
            assertThat(out.trace().tasks().count(TaskStatus.FAILED)).isBetween(1, 6);
            assertThat(Arrays.stream(failures).filter(Objects::nonNull)).allSatisfy(r -> assertThat(r)
                    .contains("(pid " + driver.pid() + ") exited with status 137 (killed)"));
            assertThat(lane.name()).startsWith("MainThread");
        }
    }

    @Test
    void anInterpreterWithoutAThreadCpuClockSaysSoInEveryRunAndDrawsNoGilWait(@TempDir Path dir) throws Exception {
        // python3 as a platform without a thread CPU clock has it: time.thread_time_ns and thread_time are gone
        Path lacking = dir.resolve("python-without-thread-time");
        Files.writeString(lacking, """
                #!/bin/sh
                case "$3" in -c) exec python3 "$@";; esac
                exec python3 -E -s -c 'import os, runpy, sys, time
                del time.thread_time_ns, time.thread_time
                sys.argv = sys.argv[1:]
                sys.path.insert(0, os.path.dirname(sys.argv[0]))
                runpy.run_path(sys.argv[0], run_name="__main__")' "$3"
                """);
        Files.setPosixFilePermissions(lacking, PosixFilePermissions.fromString("rwxr-xr-x"));
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(40).withLength(1000);
        RunOutput out = PythonRuns.run(regex, new ModelEntry(ModelKind.CPYTHON_THREADS, lacking.toString()),
                workers(2)).output();

        assertThat(out.result().errors()).isZero();
        assertThat(out.result().tracerNote()).isEqualTo("time.thread_time_ns is missing: each CPU step is drawn "
                + "RUNNING for its whole wall time and counted as its CPU time; no GIL wait is inferred");
        assertThat(MeasurementNote.of(out.result())).endsWith("no time.thread_time_ns");
        assertThat(MeasurementNote.explain(out.result())).contains("could not be traced in full: time.thread_time_ns");
        assertThat(out.trace().threadLanes()).hasSize(2).allSatisfy(l ->
                assertThat(PythonRuns.states(l)).contains(State.RUNNING).doesNotContain(State.GIL_WAIT));
    }

    @Test
    void pythonThatIsMissingNotPythonOrTooOldIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Interpreters.find("/no/such/python3")).isInstanceOf(ConfigException.class)
                .hasMessage("python: /no/such/python3 does not exist; name a Python 3.8+ interpreter, e.g. "
                        + "/usr/bin/python3");
        assertThatThrownBy(() -> Interpreters.find("no-such-python-command"))
                .hasMessageStartingWith("python: 'no-such-python-command' is neither a file nor a command on PATH");
        assertThatThrownBy(() -> Interpreters.find("/bin/echo"))
                .hasMessageStartingWith("python: /bin/echo is not a Python interpreter: asked for its version");
        // a real Python 2 where the machine has one (pyenv here); everywhere, an interpreter that answers the
        // version probe as Python 2.7 would, so CI machines without a Python 2 test the refusal too
        Path python2 = Path.of("/root/.pyenv/versions/2.7.18/bin/python");
        if (Files.isExecutable(python2)) {
            assertThatThrownBy(() -> Interpreters.find(python2.toString()))
                    .hasMessage("python: " + python2 + " is Python 2.7.18; Concurrency Lab needs Python 3.8 or newer");
        }
        Path old = dir.resolve("python2.7");
        Files.writeString(old, "#!/bin/sh\necho 'concurrency-lab-probe 2 7 18 CPython'\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> Interpreters.find(old.toString()))
                .hasMessage("python: " + old + " is Python 2.7.18; Concurrency Lab needs Python 3.8 or newer");
        assertThat(Interpreters.find("").version()).startsWith("3.");
    }
}
