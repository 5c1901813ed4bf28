package dev.concurrencylab.engine;

import java.util.List;

/**
 * A list of tasks made from a validated config, plus what its I/O needs. Made once per comparison so
 * every model runs exactly the same tasks.
 */
public interface Workload extends AutoCloseable {
    WorkloadConfig config();

    List<LabTask> tasks();

    /** A few short tasks of the same kind, for an untimed warm-up. */
    List<LabTask> warmupTasks();

    /** Opens what one run needs for its I/O. */
    IoSession openSession(SessionSpec spec);

    /** A short line for captions, e.g. "200 × sleep 100 ms". */
    String describe();

    @Override
    default void close() {
    }
}
