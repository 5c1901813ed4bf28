package dev.concurrencylab.python;

import static dev.concurrencylab.python.PythonRuns.run;
import static dev.concurrencylab.python.PythonRuns.states;
import static dev.concurrencylab.python.PythonRuns.workers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceChecks;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPython models in a real python3: the same answers as the JVM's, and the lanes and states each draws. */
class CPythonModelsTest {
    @TempDir
    Path dir;

    @AfterEach
    void noPythonLeft() throws InterruptedException {
        assertThat(PythonRuns.noPythonLeft()).as("Python processes left after the test").isTrue();
    }

    @Test
    void regexMatchesSpansAndDigestsAreTheJvmsOwn() throws Exception {
        WorkloadConfig regex = PythonRuns.edgeCaseRegex(dir);
        List<Object> jvm = PythonRuns.jvmAnswers(regex);
        assertThat(run(regex, ModelKind.CPYTHON_SEQUENTIAL, workers(1)).results()).isEqualTo(jvm);
        assertThat(run(regex, ModelKind.CPYTHON_PROCESSES, workers(2)).results()).isEqualTo(jvm);

        WorkloadConfig hash = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(12).withHashRounds(1500);
        List<Object> digests = run(hash, ModelKind.POOL, workers(2)).results();
        assertThat(run(hash, ModelKind.CPYTHON_THREADS, workers(2)).results()).isEqualTo(digests);
    }

    @Test
    void executorThreadsSizeTheArticlesAsyncioExecutor() throws Exception {
        // 9 waits of 30 ms at once: the executor's 3 threads are all busy, and no more appear
        WorkloadConfig waits = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(9).withLatencyMs(30);
        RunOutput out = run(waits, ModelKind.CPYTHON_ARTICLE_ASYNCIO, workers(2).withExecutorThreads(3)).output();
        assertThat(out.result().workers()).isEqualTo(3);
        assertThat(out.trace().threadLanes()).hasSize(3).allSatisfy(l -> assertThat(l.name()).startsWith("asyncio_"));
    }

    @Test
    void eachModelDrawsItsLanesAndStates() throws Exception {
        // CPU then a sleep per task: every model shows RUNNING and IO_WAIT somewhere
        WorkloadConfig mixed = WorkloadConfig.defaults(WorkloadKind.MIXED).withTasks(8).withLatencyMs(20)
                .withCpuShare(0.5);
        for (ModelKind m : List.of(ModelKind.CPYTHON_SEQUENTIAL, ModelKind.CPYTHON_THREADS,
                ModelKind.CPYTHON_PROCESSES, ModelKind.CPYTHON_ASYNCIO, ModelKind.CPYTHON_ARTICLE_ASYNCIO)) {
            RunOutput out = run(mixed, m, workers(2)).output();
            TraceChecks.assertValid(out);
            assertThat(out.result().errors()).as("%s errors", m).isZero();
            assertThat(out.result().python()).as("%s python", m).startsWith("CPython 3.");
            assertThat(out.result().gilEnabled()).isTrue();
            List<LaneSnapshot> threads = out.trace().threadLanes();
            switch (m) {
                case CPYTHON_SEQUENTIAL -> assertThat(threads).singleElement().satisfies(l -> {
                    assertThat(l.name()).startsWith("MainThread");
                    assertThat(states(l)).contains(State.RUNNING, State.IO_WAIT).doesNotContain(State.GIL_WAIT);
                });
                case CPYTHON_THREADS -> assertThat(threads).hasSize(2).allSatisfy(l -> {
                    assertThat(l.name()).startsWith("ThreadPoolExecutor");
                    assertThat(states(l)).contains(State.RUNNING, State.IO_WAIT);
                });
                case CPYTHON_PROCESSES -> {
                    assertThat(threads).hasSize(2).allSatisfy(l -> {
                        assertThat(l.kind()).isEqualTo(LaneKind.PROCESS);
                        assertThat(l.segments().state(0)).isEqualTo(State.SPAWN);
                        assertThat(states(l)).contains(State.IPC, State.RUNNING, State.IO_WAIT);
                    });
                    assertThat(out.result().spawnMs()).isPositive();
                    assertThat(out.result().ipcMs()).isPositive();
                }
                case CPYTHON_ASYNCIO -> {
                    // one loop thread runs the CPU steps; the tasks' sleeps overlap on the pending lane
                    assertThat(threads).singleElement().satisfies(l ->
                            assertThat(states(l)).contains(State.RUNNING));
                    LaneSnapshot pending = out.trace().lanes().stream()
                            .filter(l -> l.kind() == LaneKind.DETACHED).findFirst().orElseThrow();
                    // each sleep IO_WAIT until it fell due (then READY until the loop got round to it)
                    assertThat(java.util.stream.IntStream.range(0, pending.segments().size())
                            .filter(i -> pending.segments().state(i) == State.IO_WAIT)).hasSize(8);
                    assertThat(states(pending)).containsAnyOf(State.IO_WAIT).isSubsetOf(State.IO_WAIT, State.READY);
                }
                default -> assertThat(threads).hasSizeBetween(2, 32).allSatisfy(l ->
                        assertThat(l.name()).startsWith("asyncio_"));
            }
            assertThat(java.util.Arrays.stream(out.trace().tasks().started()).min().orElseThrow()).isNotNegative();
        }
    }

    @Test
    void gilWaitsAreInferredForThreadsAndNeverForOneThread() throws Exception {
        WorkloadConfig regex = WorkloadConfig.defaults(WorkloadKind.CPU_REGEX).withTasks(150).withLength(1000);
        RunOutput threads = run(regex, ModelKind.CPYTHON_THREADS, workers(2)).output();
        RunOutput sequential = run(regex, ModelKind.CPYTHON_SEQUENTIAL, workers(1)).output();

        TraceChecks.assertValid(threads);
        assertThat(threads.trace().threadLanes()).hasSize(2).allSatisfy(l -> {
            assertThat(l.inferred(State.GIL_WAIT)).isTrue();
            assertThat(l.cpuNanos()).isPositive();
        });
        assertThat(TraceChecks.totalNanos(threads.trace(), State.GIL_WAIT, LaneKind.THREAD))
                .as("two threads took turns at the GIL").isPositive();
        assertThat(TraceChecks.totalNanos(sequential.trace(), State.GIL_WAIT, LaneKind.THREAD))
                .as("one thread has no one to wait for").isZero();
        assertThat(threads.result().matches()).isEqualTo(sequential.result().matches());
    }
}
