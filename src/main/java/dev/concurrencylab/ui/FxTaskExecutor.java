package dev.concurrencylab.ui;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs each piece of work as a {@link javafx.concurrent.Task} on its own daemon thread (runs are rare and
 * long, so a thread each costs nothing and leaves no idle thread behind); callbacks land on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    /** Background threads are named with this prefix, so a test can tell they have all ended. */
    public static final String THREAD_PREFIX = "lab-background-";
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());
    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call();
            }
        };
        fxTask.setOnSucceeded(e -> task.succeeded(fxTask.getValue()));
        fxTask.setOnFailed(e -> {
            Throwable t = fxTask.getException();
            LOG.log(System.Logger.Level.WARNING, "background work failed", t);
            task.failed(t instanceof Exception ex ? ex : new IllegalStateException(t));
        });
        Thread.ofPlatform().daemon(true).name(THREAD_PREFIX + counter.incrementAndGet()).start(fxTask);
    }

    @Override
    public void runOnUi(Runnable action) {
        Platform.runLater(action);
    }
}
