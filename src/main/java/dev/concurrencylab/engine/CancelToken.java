package dev.concurrencylab.engine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/** Cancels a run: work polls it, and blocking parts register an action that wakes them. */
public final class CancelToken implements Checkpoint {
    private volatile boolean cancelled;
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Runnable r : actions) {
            try {
                r.run();
            } catch (RuntimeException ignored) {
                // one action failing must not keep the others from waking their threads
            }
        }
    }

    /** Unregisters a cancellation action; closing never fails. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code action} on cancellation (at once if already cancelled); returns a handle to unregister. */
    public Registration onCancel(Runnable action) {
        actions.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> actions.remove(action);
    }

    @Override
    public void poll() {
        if (cancelled) {
            throw new CancellationException("run cancelled");
        }
    }
}
