package dev.concurrencylab.findings;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a finding is about; the ids are stable (files, lessons and scripts refer to them). */
public enum FindingKind {
    GIL_CONTENTION("gil-contention", "threads waited for the GIL", "threads", "coresUsed", "waitPercent", "waitMs"),
    LOOP_BLOCKED("loop-blocked", "CPU work held up the event loop", "blockMs", "causingTasks", "longestStepMs",
            "delayedTasks", "meanDelayMs", "maxDelayMs", "otherBlocks"),
    QUEUEING("queueing", "tasks waited in a queue before they started", "queuedTasks", "medianWaitMs", "maxWaitMs",
            "workers"),
    OVERSUBSCRIBED("oversubscribed", "more threads wanted a core than there are cores", "cores", "threads",
            "overPercent", "meanRunning", "readyPercent", "readyMs"),
    CONNECTION_POOL_WAIT("connection-pool-wait", "threads waited for a pooled HTTP connection", "waitingRequests",
            "waitingThreads", "waitMs", "waitPercent", "poolSize"),
    SPAWN_COST("spawn-cost", "starting worker processes took a share of the run", "workers", "meanSpawnMs",
            "readyAfterMs", "sharePercent"),
    IPC_COST("ipc-cost", "passing tasks and results between processes took a share of the run", "ipcMs",
            "sharePercent"),
    TAIL_IMBALANCE("tail-imbalance", "the end of the run kept only a few workers busy", "tailMs", "tailPercent",
            "busyWorkers", "workers"),
    FAILURES("failures", "tasks failed", "failedTasks", "reasons"),
    NO_GAIN("no-gain", "a concurrent model was not faster than sequential", "speedUp", "wallMs", "sequentialMs");

    private final String id;
    private final String description;
    private final List<String> valueNames;

    FindingKind(String id, String description, String... valueNames) {
        this.id = id;
        this.description = description;
        this.valueNames = List.of(valueNames);
    }

    /** The names a finding of this kind may give its numbers (what a lesson's takeaway may quote). */
    public List<String> valueNames() {
        return valueNames;
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
