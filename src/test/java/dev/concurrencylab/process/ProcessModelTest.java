package dev.concurrencylab.process;

import static dev.concurrencylab.process.WorkerProcesses.noWorkersLeft;
import static dev.concurrencylab.process.WorkerProcesses.pid;
import static dev.concurrencylab.process.WorkerProcesses.states;
import static dev.concurrencylab.process.WorkerProcesses.two;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Run;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.engine.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The process model with real worker JVMs: what its lanes show and what its tasks return. */
class ProcessModelTest {

    @AfterEach
    void noOrphans() throws InterruptedException {
        WarmPools.closeWarm();
        assertThat(noWorkersLeft()).as("worker processes left after the test").isTrue();
    }

    /** Runs one model through the engine, as the app does, keeping its recorder to read the results. */
    private record Ran(RunOutput output, TraceRecorder trace) {
        List<Object> results() {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < trace.taskCount(); i++) {
                out.add(trace.result(i));
            }
            return out;
        }
    }

    private static Ran run(Workload w, ModelKind model, ModelSettings s) throws InterruptedException {
        TraceRecorder[] seen = new TraceRecorder[1];
        RunOutput out = Run.execute(0, w, model, s, new CancelToken(), new RunListener() {
            @Override
            public void runStarted(int index, ModelKind m, TraceRecorder trace) {
                seen[0] = trace;
            }
        });
        return new Ran(out, seen[0]);
    }

    @ParameterizedTest
    @EnumSource(value = WorkloadKind.class, names = {"CPU_REGEX", "CPU_HASH", "MIXED"})
    void workersReturnWhatTheThreadsReturnOnLanesThatStartWithSpawn(WorkloadKind kind) throws Exception {
        WorkloadConfig c = WorkloadConfig.defaults(kind).withTasks(10).withLength(400).withHashRounds(3000)
                .withLatencyMs(20);
        try (Workload w = Workloads.create(c)) {
            Ran threads = run(w, ModelKind.SEQUENTIAL, two());
            Ran workers = run(w, ModelKind.PROCESS, two());

            assertThat(workers.results()).doesNotContainNull().isEqualTo(threads.results());
            assertThat(workers.output().result().errors()).isZero();
            assertThat(workers.output().result().matches()).isEqualTo(threads.output().result().matches());
            List<LaneSnapshot> lanes = workers.output().trace().threadLanes();
            assertThat(lanes).hasSize(2).allMatch(l -> l.kind() == LaneKind.PROCESS);
            List<State> all = new ArrayList<>();
            for (LaneSnapshot lane : lanes) {
                assertThat(states(lane).getFirst()).isEqualTo(State.SPAWN);
                all.addAll(states(lane));
                assertInOrderAndInsideTheirTasks(lane, workers.output().trace().tasks());
            }
            assertThat(all).contains(State.IPC, kind == WorkloadKind.MIXED ? State.IO_WAIT : State.RUNNING);
            assertThat(workers.output().result().spawnMs()).isPositive();
            assertThat(workers.output().result().ipcMs()).isPositive();
            assertThat(threads.output().result().spawnMs()).isNull();
        }
    }

    /**
     * Worker time stamps are moved onto the app's clock: a lane's segments follow one another, and a
     * task's segments lie between the moment the app sent it and the moment its result arrived.
     */
    private static void assertInOrderAndInsideTheirTasks(LaneSnapshot lane, TaskTable tasks) {
        Segments s = lane.segments();
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.end(i)).isGreaterThanOrEqualTo(s.start(i));
            if (i > 0) {
                assertThat(s.start(i)).as("segment %d of %s", i, lane.name()).isGreaterThanOrEqualTo(s.end(i - 1));
            }
            int task = s.task(i);
            if (task >= 0) {
                assertThat(s.start(i)).isGreaterThanOrEqualTo(tasks.started()[task]);
                assertThat(s.end(i)).isLessThanOrEqualTo(tasks.ended()[task]);
            }
        }
    }

    /** A worker reports when each sleep fell due: IO_WAIT until then, READY until the worker ran again. */
    @Test
    void aWorkersSleepsAreIoWaitUntilDueThenReady() throws Exception {
        WorkloadConfig c = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(8).withLatencyMs(30);
        try (Workload w = Workloads.create(c)) {
            RunOutput out = run(w, ModelKind.PROCESS, two()).output();
            long ready = 0;
            for (LaneSnapshot lane : out.trace().threadLanes()) {
                Segments s = lane.segments();
                for (int i = 0; i < s.size(); i++) {
                    if (s.state(i) == State.IO_WAIT) {
                        assertThat(s.end(i) - s.start(i)).as("the 30 ms sleep on %s", lane.name())
                                .isBetween(29_000_000L, 31_000_000L);
                    } else if (s.state(i) == State.READY) {
                        assertThat(s.state(i - 1)).isEqualTo(State.IO_WAIT);
                        assertThat(s.task(i)).isEqualTo(s.task(i - 1));
                        ready += s.end(i) - s.start(i);
                    }
                }
            }
            assertThat(out.result().readyMs()).isCloseTo(ready / 1e6, org.assertj.core.data.Offset.offset(0.002));
        }
    }

    @Test
    void aWarmPoolIsReusedWithoutSpawning() throws Exception {
        ModelSettings warm = two().withWarmWorkers(true);
        WorkloadConfig c = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(4).withHashRounds(1000);
        try (Workload w = Workloads.create(c)) {
            Ran first = run(w, ModelKind.PROCESS, warm);
            Ran second = run(w, ModelKind.PROCESS, warm);

            List<LaneSnapshot> lanes = second.output().trace().threadLanes();
            assertThat(lanes).hasSize(2).allMatch(l -> !states(l).contains(State.SPAWN));
            assertThat(second.output().result().spawnMs()).isZero();
            assertThat(pids(second)).isEqualTo(pids(first));
            assertThat(second.results()).isEqualTo(first.results());
        }
    }

    private static Set<Long> pids(Ran r) {
        return r.output().trace().threadLanes().stream().map(WorkerProcesses::pid).collect(Collectors.toSet());
    }

    @Test
    void everyWorkerShowsSpawnThenIpcAndGetsTheJvmFlags() throws Exception {
        ModelSettings noJit = two().withWorkerJvmFlags(ModelSettings.NO_JIT_FLAGS);
        WorkloadConfig c = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(4).withLatencyMs(300);
        TraceRecorder[] trace = new TraceRecorder[1];
        Thread runner = Thread.ofPlatform().start(() -> {
            try {
                trace[0] = WorkerProcesses.run(new ProcessModel(), c, noJit, new CancelToken());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<String> args = List.of();
        // a child caught between fork and exec still shows this JVM's own arguments: look again until it is a worker
        for (int i = 0; i < 200 && !args.contains(WorkerMain.class.getName()); i++) {
            Thread.sleep(20);
            args = ProcessHandle.current().children().findFirst()
                    .flatMap(p -> p.info().arguments()).map(List::of).orElse(List.of());
        }
        runner.join();

        assertThat(args).contains("-Xint", WorkerMain.class.getName());
        List<LaneSnapshot> lanes = trace[0].snapshot().threadLanes();
        assertThat(lanes).hasSize(2);
        for (LaneSnapshot lane : lanes) {
            // a sleep the worker woke late from ends READY
            assertThat(states(lane).stream().filter(s -> s != State.READY))
                    .startsWith(State.SPAWN, State.IPC, State.IO_WAIT, State.IPC);
            assertInOrderAndInsideTheirTasks(lane, trace[0].snapshot().tasks());
        }
    }
}
