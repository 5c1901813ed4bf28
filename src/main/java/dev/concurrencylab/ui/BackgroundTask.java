package dev.concurrencylab.ui;

import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}: the work itself runs off the UI thread, the callbacks on it.
 * The work must not read UI state: hand it an immutable copy of what it needs when it is made.
 */
public final class BackgroundTask<T> {
    /** The work; may throw, which ends up in {@link #onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Exception> onFailure = e -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> action) {
        this.onFailure = action;
        return this;
    }

    /** Runs after success or failure, on the UI thread. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Exception e) {
        try {
            onFailure.accept(e);
        } finally {
            onFinished.run();
        }
    }
}
