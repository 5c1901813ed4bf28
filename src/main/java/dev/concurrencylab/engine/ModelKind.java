package dev.concurrencylab.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The execution models, named as on the command line. */
public enum ModelKind {
    SEQUENTIAL("sequential", "one thread, one task after another"),
    POOL("pool", "a fixed pool of N platform threads"),
    VIRTUAL("virtual", "one virtual thread per task"),
    FORKJOIN("forkjoin", "a work-stealing fork/join pool of parallelism N"),
    EVENTLOOP("eventloop", "one thread, non-blocking I/O, every task in flight"),
    GIL("gil", "N threads sharing one emulated global interpreter lock"),
    ARTICLE_ASYNCIO("article-asyncio", "the article's 'asyncio': run_in_executor, a pool of executor threads (Python's default: min(32, cores + 4))"),
    PROCESS("process", "a pool of N worker processes (separate JVMs)");

    private final String id;
    private final String description;

    ModelKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** True where the {@code workers} setting decides the number of threads or processes. */
    public boolean usesWorkers() {
        return this == POOL || this == FORKJOIN || this == GIL || this == PROCESS;
    }

    /** False where the model cannot run the workload: worker processes get no HTTP session. */
    public boolean runs(WorkloadKind workload) {
        return this != PROCESS || workload != WorkloadKind.HTTP;
    }

    /** True where {@code maxInFlight} caps how many tasks are in flight at once. */
    public boolean usesMaxInFlight() {
        return this == VIRTUAL || this == EVENTLOOP;
    }

    @JsonCreator
    public static ModelKind parse(String text) {
        for (ModelKind k : values()) {
            if (k.id.equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new ConfigException("model", "unknown model '" + text + "'; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
