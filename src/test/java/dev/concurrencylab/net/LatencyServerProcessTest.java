package dev.concurrencylab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.IoSession;
import dev.concurrencylab.engine.SessionSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server in a child JVM, as used when one process could not hold both ends of every connection. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LatencyServerProcessTest {

    @Test
    void aChildProcessServesWithTheGivenDefaultsAndStopsOnClose() throws Exception {
        Path java = LatencyServerProcess.javaCommand();
        assertThat(java).as("a JDK runs the tests").isNotNull();
        URI page;
        try (LatencyServerProcess child = LatencyServerProcess.start(java, Reply.defaults().withDelayMs(150).withBodyBytes(777))) {
            page = URI.create(child.baseUri() + "/site/2");
            // both JVMs read one monotonic clock on Linux, which the probe confirms; elsewhere it measures the offset
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertThat(child.clock()).isEqualTo(ServerClock.SAME);
            }
            try (HttpWorkload w = HttpRuns.fetching(page.toString(), 1, Duration.ofSeconds(10));
                 IoSession session = w.openSession(new SessionSpec(1, true, 0))) {
                long t0 = System.nanoTime();
                assertThat(session.call(new HttpFetch(page, 0, page))).isEqualTo(new IoOutcome(200, 777));
                assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(150);
            }
        }
        try (HttpWorkload w = HttpRuns.fetching(page.toString(), 1, Duration.ofSeconds(2));
             IoSession session = w.openSession(new SessionSpec(1, false, 0))) {
            assertThatThrownBy(() -> session.call(new HttpFetch(page, 0, page)))
                    .hasMessageContaining("connection refused");
        }
    }

    @Test
    void onlyBurstsBeyondTheOpenFileLimitNeedAChild() {
        assertThat(LatencyServerProcess.needed(200)).isFalse();
        assertThat(LatencyServerProcess.needed(100_000_000)).isTrue();
    }
}
