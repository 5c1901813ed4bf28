package dev.concurrencylab.render;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.SessionSpec;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;

/**
 * What one run's waits were waiting for, in words, e.g. "ready 812 ms: waiting for a carrier thread": the
 * tooltip's and the summary's wording, which depends on the model, the workload and the connection pool.
 *
 * @param io    what an IO_WAIT waits for
 * @param ready what a READY waits for
 * @param conn  what a CONN_WAIT waits for
 */
public record WaitCauses(String io, String ready, String conn) {
    /** Where the run is not known: the states' plain meanings. */
    public static final WaitCauses UNKNOWN = new WaitCauses("waiting for I/O", "waiting to run again",
            "waiting for a pooled connection");
    /** No words: the state and its duration only. */
    public static final WaitCauses NONE = new WaitCauses(null, null, null);

    public static WaitCauses of(ModelKind model, WorkloadConfig workload, ModelSettings settings) {
        int pool = SessionSpec.of(model, settings, workload.tasks()).connectionPool();
        return new WaitCauses(io(model, workload), ready(model),
                "waiting for a pooled connection (pool of " + pool + ")");
    }

    private static String io(ModelKind model, WorkloadConfig workload) {
        if (workload.kind() != WorkloadKind.HTTP) {
            return "sleeping until it is due";
        }
        if (model.inPython()) {
            return "waiting for the answer; when it arrived is not measured, so this includes "
                    + (model == ModelKind.CPYTHON_ASYNCIO ? "waiting for the event loop" : "taking the GIL back");
        }
        if (workload.urls().isEmpty()) {
            return "waiting for the latency server's answer";
        }
        return model == ModelKind.EVENTLOOP ? "waiting for the site's answer"
                : "waiting for the site; when it sent its answer is unknown, so this may include waiting to run";
    }

    private static String ready(ModelKind model) {
        return switch (model) {
            case VIRTUAL -> "waiting for a carrier thread";
            case EVENTLOOP, CPYTHON_ASYNCIO -> "waiting for the event loop";
            case CPYTHON_SEQUENTIAL, CPYTHON_THREADS, CPYTHON_PROCESSES, CPYTHON_ARTICLE_ASYNCIO ->
                    "waiting to take the GIL back and for a core";
            default -> "waiting for a core";
        };
    }

    /** The words for a segment in {@code state}, or null where there are none. */
    public String of(State state) {
        return switch (state) {
            case IO_WAIT -> io;
            case READY -> ready;
            case CONN_WAIT -> conn;
            default -> null;
        };
    }

    /** A segment for people: "ready 812 ms: waiting for a carrier thread", or "running 20.00 ms". */
    public String describe(State state, long nanos) {
        String why = of(state);
        String what = StateText.label(state) + " " + Durations.nanos(nanos);
        return why == null ? what : what + ": " + why;
    }
}
