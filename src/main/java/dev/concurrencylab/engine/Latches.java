package dev.concurrencylab.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting for a run's tasks while staying responsive to cancellation. */
final class Latches {
    private static final long POLL_MS = 20;

    private Latches() {
    }

    static void await(CountDownLatch done, CancelToken cancel) throws InterruptedException {
        while (!done.await(POLL_MS, TimeUnit.MILLISECONDS)) {
            if (cancel.isCancelled()) {
                throw new CancellationException("run cancelled");
            }
        }
        cancel.poll();
    }
}
