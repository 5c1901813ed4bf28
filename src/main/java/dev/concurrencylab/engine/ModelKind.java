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
    PROCESS("process", "a pool of N worker processes (separate JVMs)"),
    CPYTHON_SEQUENTIAL("cpython-sequential", "your CPython: a plain loop on one thread"),
    CPYTHON_THREADS("cpython-threads", "your CPython: a ThreadPoolExecutor of N threads under the real GIL"),
    CPYTHON_PROCESSES("cpython-processes", "your CPython: multiprocessing.Pool of N processes"),
    CPYTHON_ASYNCIO("cpython-asyncio", "your CPython: one asyncio event loop, every task in flight"),
    CPYTHON_ARTICLE_ASYNCIO("cpython-article-asyncio",
            "your CPython: the article's 'asyncio', run_in_executor on the default executor's threads");

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
        return this == POOL || this == FORKJOIN || this == GIL || this == PROCESS || this == CPYTHON_THREADS
                || this == CPYTHON_PROCESSES;
    }

    /** True where the model's workers are processes (their lanes show SPAWN and IPC). */
    public boolean startsProcesses() {
        return this == PROCESS || this == CPYTHON_PROCESSES;
    }

    /** True where the model runs in the user's own Python interpreter rather than in this JVM. */
    public boolean inPython() {
        return this == CPYTHON_SEQUENTIAL || this == CPYTHON_THREADS || this == CPYTHON_PROCESSES
                || this == CPYTHON_ASYNCIO || this == CPYTHON_ARTICLE_ASYNCIO;
    }

    /** False where the model cannot run the workload: worker processes get no HTTP session. */
    public boolean runs(WorkloadKind workload) {
        return this != PROCESS || workload != WorkloadKind.HTTP;
    }

    /** True where {@code maxInFlight} caps how many tasks are in flight at once. */
    public boolean usesMaxInFlight() {
        return this == VIRTUAL || this == EVENTLOOP || this == CPYTHON_ASYNCIO;
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
