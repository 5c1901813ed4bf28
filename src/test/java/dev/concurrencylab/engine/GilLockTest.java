package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The lock itself, without a run around it: a waiter's claim survives the holder's re-takes between tasks. */
class GilLockTest {

    @Test
    void aHolderThatReTakesTheLockBetweenShortTasksStillHandsItToAWaiter() throws Exception {
        GilLock gil = new GilLock(2, true);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().name("holder").start(() -> {
            try {
                gil.acquire();
                holding.countDown();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (!stop.get() && System.nanoTime() < end) {
                    spin(300_000); // a task far shorter than the 2 ms switch interval
                    if (gil.dropRequested()) {
                        gil.handOver();
                    }
                    gil.release(); // between tasks, as the pool's threads do
                    if (!gil.tryAcquire()) {
                        gil.acquire();
                    }
                }
                gil.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            gil.acquire();
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            gil.release();
            // about one interval plus one task; counting re-takes as switches kept the waiter out until the
            // holder stopped, 3 s later
            assertThat(waitedMs).as("ms the waiter waited for a 2 ms switch interval").isLessThan(500);
        } finally {
            stop.set(true);
            holder.join(5_000);
        }
        assertThat(holder.isAlive()).isFalse();
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
