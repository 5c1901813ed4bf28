package dev.concurrencylab.engine;

/**
 * Runs every task of a run for real, recording lanes and task events into the context's trace. Returns
 * once every task has ended and every thread the model started has stopped; on cancellation it throws
 * {@link java.util.concurrent.CancellationException} within a second, having stopped its threads.
 */
public interface ExecutionModel {
    void run(RunContext ctx) throws InterruptedException;

    /** Whether an untimed warm-up before the measured run helps this model with these settings. */
    default boolean benefitsFromWarmup(ModelSettings settings) {
        return true;
    }

    /**
     * Untimed preparation before the run (and its warm-up), e.g. a cache the model's processes start from;
     * returns when done or cancelled.
     */
    default void prepare(ModelSettings settings, CancelToken cancel) throws InterruptedException {
    }

    /** True where {@link #prepare} can take long enough (seconds, once) that the user should see it going on. */
    default boolean prepares() {
        return false;
    }

    /**
     * Untimed: hands the measured run's tasks over before its clock starts, as in-process models have theirs in
     * memory (a model in another process sends them there). A later {@link #run} with other tasks, such as a
     * warm-up's, hands those over itself.
     */
    default void load(java.util.List<LabTask> tasks, CancelToken cancel) throws InterruptedException {
    }

    /** What the untimed preparation did, for a status line (e.g. an interpreter's start-up time); null for nothing. */
    default String preparedNote() {
        return null;
    }

    /** The measured result with what only the model knows (e.g. the interpreter that ran it). */
    default RunResult describe(RunResult measured) {
        return measured;
    }

    /** Ends what the model keeps between its runs (e.g. a child process); called once its last run is over. */
    default void close() {
    }
}
