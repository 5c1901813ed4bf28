package dev.concurrencylab.ui;

import java.util.function.Consumer;

/**
 * The user's files read and written off the UI thread: the caller copies what the work needs before handing it
 * over, the work runs through the {@link TaskExecutor}, and every failure is reported the same way, as an error
 * titled with what failed and saying why ({@link UserPrompts#showError}). A recording of 100,000 segments or a
 * 2× PNG takes long enough to freeze the window for a visible moment; a file on a stalled network share, for as
 * long as the share takes.
 */
final class FileTasks {
    /** Work on files that returns nothing. */
    @FunctionalInterface
    interface FileWork {
        void run() throws Exception;
    }

    private final TaskExecutor executor;
    private final UserPrompts prompts;

    FileTasks(TaskExecutor executor, UserPrompts prompts) {
        this.executor = executor;
        this.prompts = prompts;
    }

    /** Reads in the background, then hands the result to {@code then} on the UI thread. */
    <T> void read(String failure, BackgroundTask.Work<T> work, Consumer<T> then) {
        executor.execute(BackgroundTask.wrap(work).onSuccess(then).onFailure(e -> report(failure, e)));
    }

    /** Writes in the background; {@code then} runs on the UI thread once the file is complete. */
    void write(String failure, FileWork work, Runnable then) {
        executor.execute(BackgroundTask.wrap(() -> {
            work.run();
            return Boolean.TRUE;
        }).onSuccess(done -> then.run()).onFailure(e -> report(failure, e)));
    }

    /** Says that {@code failure} happened, and why; also for work done on the UI thread. */
    void report(String failure, Exception e) {
        prompts.showError(failure, reason(e));
    }

    static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
    }
}
