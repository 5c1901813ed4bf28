package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Finding 5: http with more requests in flight than the open-file limit allows. Before the fix eventloop lost 33
 * of 20,000 tasks to "Too many open files" and virtual 20,210 of 50,000. A limit of 600 plays the part of
 * 20,000 here: 2,000 requests then need more files than there are.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenFileLimitTest {

    @Test
    void connectionsAreCappedToTheLimitAndNoTaskFails() throws Exception {
        LabProcess.Result r = LabProcess.cli("compare", "--workload", "http", "--models", "eventloop,virtual",
                "--tasks", "2000", "--latency-ms", "50", "--no-warmup").fileLimit(600).run(Duration.ofSeconds(100));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("connections at once (open-file limit 600), the rest wait for one");
        assertThat(r.out()).doesNotContain("failed").doesNotContain("Too many open files");
        assertThat(r.out().lines().filter(l -> l.startsWith("eventloop ") || l.startsWith("virtual ")))
                .hasSize(2).allSatisfy(l -> assertThat(l.split("\\s+")[l.split("\\s+").length - 2]).isEqualTo("0"));
    }

    /** The JVM raises a low soft limit to the hard one by itself (-XX:+MaxFDLimit): then nothing is capped. */
    @Test
    void aLowSoftLimitIsRaisedToTheHardOne() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--model", "eventloop", "--tasks", "400",
                "--latency-ms", "50", "--no-warmup").softFileLimit(300).run(Duration.ofSeconds(60));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).doesNotContain("open-file limit").contains("400 × http GET");
    }
}
