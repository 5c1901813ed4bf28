package dev.concurrencylab.ui;

/** Runs everything at once on the calling thread: for view-model tests without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }
}
