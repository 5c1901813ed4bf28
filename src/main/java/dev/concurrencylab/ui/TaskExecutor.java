package dev.concurrencylab.ui;

/**
 * Where view models send work: {@link #execute} runs it in the background and calls back on the UI thread;
 * {@link #runOnUi} hands a call from any thread over to the UI thread. View models never call
 * {@code Platform} themselves, so they can be tested with {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    void runOnUi(Runnable action);
}
