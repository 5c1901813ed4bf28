package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A measured run does not start while the app's other threads keep a core busy, and Stop ends the wait. */
class QuietStartTest {

    @Test
    void waitsWhileAnotherThreadKeepsACoreBusyThenGivesUp() throws Exception {
        AtomicBoolean spin = new AtomicBoolean(true);
        Thread busy = Thread.ofPlatform().start(() -> {
            long x = 0;
            while (spin.get()) {
                x += x * 31 + 7;
            }
            assertThat(x).isNotEqualTo(42);
        });
        try {
            long waited = QuietStart.await(new CancelToken(), 400);
            assertThat(waited).as("waited the whole budget").isGreaterThanOrEqualTo(400_000_000L);
        } finally {
            spin.set(false);
            busy.join();
        }
    }

    @Test
    void stopEndsTheWaitAtOnce() throws Exception {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThat(QuietStart.await(cancel, 2000)).isLessThan(100_000_000L);
    }
}
