package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8: failures that ended in a stack trace or a misleading sentence. Each now ends with exit 2 (bad
 * input) or 1 (a run that failed) and one sentence naming the field or the cause.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClearErrorsTest {
    @TempDir
    Path dir;

    private static void assertOneSentence(LabProcess.Result r) {
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LabProcess.Result r = LabProcess.cli("serve", "--port", Integer.toString(taken.getLocalPort()))
                    .run(Duration.ofSeconds(30));
            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.err()).contains("port: 127.0.0.1:" + taken.getLocalPort() + " is in use");
            assertOneSentence(r);
        }
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeAnyRequest() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--url", "http://127.0.0.1:99999/",
                "--no-warmup").run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("has port 99999; a port is 1 to 65535");
        assertOneSentence(r);
    }

    @Test
    void aWorkerJvmThatCannotStartIsQuotedNotCalledGarbage() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--model", "process", "--workers", "1", "--workload", "cpu-hash",
                "--tasks", "2", "--hash-rounds", "10", "--no-warmup", "--worker-jvm-flags=-Xmx1m")
                .run(Duration.ofSeconds(60));
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("2 failed").contains("could not start; its JVM said: Error occurred during "
                + "initialization of VM").doesNotContain("sent garbage");
    }

    @Test
    void aJvmFlagThatReadsAFileIsRefusedUnread() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--model", "process", "--workload", "cpu-hash", "--tasks", "2",
                "--worker-jvm-flags=-XX:Flags=/etc/passwd").run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("worker-jvm-flags: '-XX:Flags=…' is not allowed: it reads options from a file");
        assertThat(r.all()).doesNotContain("root:");
    }

    @Test
    void anOutputThatIsAFolderIsNamedBeforeTheRun() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "1", "--latency-ms", "20000",
                "--no-warmup", "--json", dir.toString()).run(Duration.ofSeconds(15));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("json: " + dir + ": is a folder");
        assertOneSentence(r);
    }
}
