package dev.concurrencylab.findings;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a finding is about; the ids are stable (files, lessons and scripts refer to them). */
public enum FindingKind {
    GIL_CONTENTION("gil-contention", "threads waited for the GIL"),
    LOOP_BLOCKED("loop-blocked", "CPU work held up the event loop"),
    QUEUEING("queueing", "tasks waited in a queue before they started"),
    OVERSUBSCRIBED("oversubscribed", "more threads wanted a core than there are cores"),
    CONNECTION_POOL_WAIT("connection-pool-wait", "threads waited for a pooled HTTP connection"),
    SPAWN_COST("spawn-cost", "starting worker processes took a share of the run"),
    IPC_COST("ipc-cost", "passing tasks and results between processes took a share of the run"),
    TAIL_IMBALANCE("tail-imbalance", "the end of the run kept only a few workers busy"),
    FAILURES("failures", "tasks failed"),
    NO_GAIN("no-gain", "a concurrent model was not faster than sequential");

    private final String id;
    private final String description;

    FindingKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The kind with this id, or null. */
    public static FindingKind byId(String id) {
        for (FindingKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(FindingKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
