package dev.concurrencylab.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunContext;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceRecorder;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Running the process model directly in tests, and checking what it leaves behind. */
public final class WorkerProcesses {
    private WorkerProcesses() {
    }

    static ModelSettings two() {
        return ModelSettings.defaults().withWorkers(2).withWarmup(false);
    }

    /** Runs the model on the workload into a fresh trace and returns the trace. */
    static TraceRecorder run(ProcessModel model, WorkloadConfig config, ModelSettings settings, CancelToken cancel)
            throws InterruptedException {
        return run(model, config, settings, cancel, new AtomicReference<>());
    }

    /** The same, publishing the trace in {@code live} before the run starts, for a test to watch. */
    static TraceRecorder run(ProcessModel model, WorkloadConfig config, ModelSettings settings, CancelToken cancel,
                             AtomicReference<TraceRecorder> live) throws InterruptedException {
        try (Workload w = Workloads.create(config); var io = w.openSession(new SessionSpec(2, false, 0))) {
            TraceRecorder tr = new TraceRecorder(w.tasks().size());
            live.set(tr);
            model.run(new RunContext(ModelKind.PROCESS, w.tasks(), tr, io, settings, cancel));
            tr.complete();
            return tr;
        }
    }

    /** Waits a few seconds for this JVM's child processes to be gone; true if they all are. */
    static boolean noWorkersLeft() throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.current().descendants().findAny().isPresent(); i++) {
            Thread.sleep(50);
        }
        return ProcessHandle.current().descendants().findAny().isEmpty();
    }

    /** Waits until some worker lane of the live trace is in {@code state}, and returns that lane. */
    public static LaneSnapshot awaitLaneIn(AtomicReference<TraceRecorder> live, State state) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            TraceRecorder tr = live.get();
            if (tr != null) {
                for (LaneSnapshot l : tr.snapshot().threadLanes()) {
                    if (l.openState() == state) {
                        return l;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no worker lane reached " + state + " within 10 s");
    }

    static List<State> states(LaneSnapshot lane) {
        List<State> out = new ArrayList<>();
        for (int i = 0; i < lane.segments().size(); i++) {
            out.add(lane.segments().state(i));
        }
        return out;
    }

    /** The pid in a worker lane's name, "worker-N (pid P)". */
    static long pid(LaneSnapshot lane) {
        String n = lane.name();
        assertThat(n).contains("(pid ");
        return Long.parseLong(n.substring(n.indexOf("(pid ") + 5, n.indexOf(')')));
    }
}
