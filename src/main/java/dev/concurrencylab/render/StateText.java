package dev.concurrencylab.render;

import dev.concurrencylab.engine.State;

/** What the states are called for people, in the window's legend and the PNG's alike. */
public final class StateText {
    private StateText() {
    }

    /** The legend's label of GIL waits read from clocks (CPython's), drawn with a dotted outline. */
    public static final String INFERRED_GIL_WAIT = "GIL wait (inferred)";
    /** What a segment that was inferred, not observed, is; the tooltip of such a segment and legend entry. */
    public static final String INFERRED = "inferred from the thread's CPU and wall clocks, not observed";

    /** The legend's short label, e.g. "I/O wait". */
    public static String label(State s) {
        return switch (s) {
            case RUNNING -> "running";
            case IO_WAIT -> "I/O wait";
            case GIL_WAIT -> "GIL wait";
            case CONN_WAIT -> "connection wait";
            case QUEUED -> "queued";
            case READY -> "ready";
            case SPAWN -> "spawn";
            case IPC -> "IPC";
        };
    }

    /** One sentence on what the state means, for the legend's tooltip. */
    public static String meaning(State s) {
        return switch (s) {
            case RUNNING -> "On a CPU, doing the task's work.";
            case IO_WAIT -> "Waiting for I/O (a timer, a server); holds no CPU.";
            case GIL_WAIT -> "Ready to compute but waiting for the (emulated) global interpreter lock.";
            case CONN_WAIT -> "Waiting for a connection from the HTTP client's pool, before the request is even sent.";
            case QUEUED -> "Submitted but not yet started.";
            case READY -> "Started and its wait is over, but not running yet: waiting for a carrier thread, "
                    + "the event loop or a core. Drawn where the wait's end was measured.";
            case SPAWN -> "A worker process starting, until it answered its handshake.";
            case IPC -> "A task or result passing between processes.";
        };
    }
}
