package dev.concurrencylab.ui;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Work on real background threads, and the UI thread played by the test: whatever would run on the UI thread
 * (callbacks, the engine's events) waits in a queue until {@link #pumpUntil} runs it, so a test decides when the
 * "UI" sees each event, as the FX thread would see them, one at a time and in order.
 */
final class QueuedUiExecutor implements TaskExecutor {
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Thread.ofPlatform().daemon().name("test-background").start(() -> {
            try {
                T result = task.call();
                ui.add(() -> task.succeeded(result));
            } catch (Exception e) {
                ui.add(() -> task.failed(e));
            }
        });
    }

    @Override
    public void runOnUi(Runnable action) {
        ui.add(action);
    }

    /** Runs queued UI work on the calling thread until {@code done} holds; fails after {@code seconds}. */
    void pumpUntil(BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("not done within " + seconds + " s");
            }
            Runnable r = ui.poll(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
            if (r != null) {
                r.run();
            }
        }
    }
}
