package dev.concurrencylab.process;

import static dev.concurrencylab.process.WorkerProcesses.awaitLaneIn;
import static dev.concurrencylab.process.WorkerProcesses.noWorkersLeft;
import static dev.concurrencylab.process.WorkerProcesses.pid;
import static dev.concurrencylab.process.WorkerProcesses.states;
import static dev.concurrencylab.process.WorkerProcesses.two;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worker processes that die, babble or fall silent; and a stopped run. None may leave a process behind. */
class ProcessFaultsTest {
    private static final WorkloadConfig SLEEPS = WorkloadConfig.defaults(WorkloadKind.SLEEP).withLatencyMs(250);
    private static final ProcessTimeouts QUICK = new ProcessTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(1));

    @AfterEach
    void noOrphans() throws InterruptedException {
        assertThat(noWorkersLeft()).as("worker processes left after the test").isTrue();
    }

    @Test
    void aKilledWorkerFailsItsTaskAndIsReplaced() throws Exception {
        AtomicReference<TraceRecorder> trace = new AtomicReference<>();
        CompletableFuture<TraceRecorder> run = inBackground(() ->
                WorkerProcesses.run(new ProcessModel(), SLEEPS.withTasks(8), two(), new CancelToken(), trace));
        LaneSnapshot busy = awaitLaneIn(trace, State.IO_WAIT);
        ProcessHandle.of(pid(busy)).orElseThrow().destroyForcibly();
        TraceSnapshot done = run.get(30, TimeUnit.SECONDS).snapshot();

        TaskTable t = done.tasks();
        assertThat(t.count(TaskStatus.FAILED)).isEqualTo(1);
        assertThat(t.count(TaskStatus.FINISHED)).isEqualTo(7);
        String reason = Arrays.stream(t.failure()).filter(r -> r != null).findFirst().orElseThrow();
        assertThat(reason).contains("(pid " + pid(busy) + ")", "exited with status");
        assertThat(done.threadLanes()).hasSize(3); // the replacement is a new process on a new lane
        assertThat(states(done.threadLanes().get(2)).getFirst()).isEqualTo(State.SPAWN);
    }

    @Test
    void aWorkerWritingGarbageIsStoppedAndReported() throws Exception {
        TraceSnapshot done = WorkerProcesses.run(new ProcessModel(FaultyWorkerMain.class.getName(), QUICK),
                SLEEPS.withTasks(2), two().withWorkerJvmFlags("-Dlab.fault=garbage"), new CancelToken()).snapshot();

        assertThat(done.tasks().count(TaskStatus.FAILED)).isEqualTo(2);
        assertThat(done.tasks().failure()).allSatisfy(r -> assertThat(r).contains("sent garbage", "stopped"));
    }

    @Test
    void aWorkerSpeakingAnotherVersionOfTheProtocolIsRefusedByName() throws Exception {
        TraceSnapshot done = WorkerProcesses.run(new ProcessModel(FaultyWorkerMain.class.getName(), QUICK),
                SLEEPS.withTasks(2), two().withWorkerJvmFlags("-Dlab.fault=protocol-1"), new CancelToken()).snapshot();

        assertThat(done.tasks().count(TaskStatus.FAILED)).isEqualTo(2);
        assertThat(done.tasks().failure()).allSatisfy(r ->
                assertThat(r).contains("speaks protocol 1, this app speaks " + Frames.PROTOCOL));
    }

    @Test
    void aSilentWorkerIsStoppedAfterTheSilenceLimit() throws Exception {
        long t0 = System.nanoTime();
        TraceSnapshot done = WorkerProcesses.run(new ProcessModel(FaultyWorkerMain.class.getName(), QUICK),
                SLEEPS.withTasks(2), two().withWorkerJvmFlags("-Dlab.fault=silent"), new CancelToken()).snapshot();

        assertThat(done.tasks().count(TaskStatus.FAILED)).isEqualTo(2);
        assertThat(done.tasks().failure()).allSatisfy(r -> assertThat(r).contains("sent nothing for 1.0 s"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void workersThatCannotStartFailTheRunWithTheJvmsOwnWords() throws Exception {
        TraceSnapshot done = WorkerProcesses.run(new ProcessModel(), SLEEPS.withTasks(3),
                two().withWorkerJvmFlags("-XX:+NoSuchLabOption"), new CancelToken()).snapshot();

        assertThat(done.tasks().count(TaskStatus.FAILED)).isEqualTo(3);
        assertThat(done.tasks().failure()).allSatisfy(r ->
                assertThat(r).contains("no worker left", "before it was ready", "NoSuchLabOption"));
    }

    @Test
    void stopEndsTheRunAndItsWorkersWithinASecond() throws Exception {
        CancelToken cancel = new CancelToken();
        AtomicReference<TraceRecorder> trace = new AtomicReference<>();
        CompletableFuture<TraceRecorder> run = inBackground(() ->
                WorkerProcesses.run(new ProcessModel(), SLEEPS.withTasks(4).withLatencyMs(20_000), two(), cancel, trace));
        awaitLaneIn(trace, State.IO_WAIT);
        long t0 = System.nanoTime();
        cancel.cancel();

        assertThatThrownBy(() -> run.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
    }

    private static CompletableFuture<TraceRecorder> inBackground(ModelRun body) {
        CompletableFuture<TraceRecorder> f = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                f.complete(body.run());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    @FunctionalInterface
    private interface ModelRun {
        TraceRecorder run() throws InterruptedException;
    }
}
