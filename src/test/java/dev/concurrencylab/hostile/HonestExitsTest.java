package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ProcessBudget;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 9: exits and outputs that said less than the truth. Before the fix a run whose every task failed
 * exited 0, {@code --csv -} wrote a file named "-", {@code validate} passed what {@code compare} refused,
 * options that did nothing were silently accepted, 1024 worker JVMs were started for 2 tasks, and every http run
 * printed SLF4J's warning.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HonestExitsTest {
    @TempDir
    Path dir;

    @Test
    void aRunWhoseTasksFailedExitsOneAndSaysNothingOfSlf4j() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--url", "http://127.0.0.1:" + closed + "/",
                "--tasks", "3", "--no-warmup").run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.out()).contains("3 failed").contains("connection refused");
        assertThat(r.err()).doesNotContain("SLF4J");
    }

    @Test
    void dashIsStandardOutputForABinaryOutputTooAndOnlyOnce() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "2", "--latency-ms", "1",
                "--no-warmup", "--record", "-", "--csv", "-").run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("only one output can go to standard output (-)");
        Path out = dir.resolve("rec.out");
        r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "2", "--latency-ms", "1", "--no-warmup",
                "--record", "-").stdout(ProcessBuilder.Redirect.to(out.toFile())).run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isZero();
        byte[] b = Files.readAllBytes(out);
        assertThat(b[0] & 0xff).as("gzip magic, the recording itself").isEqualTo(0x1f);
        assertThat(b[1] & 0xff).isEqualTo(0x8b);
        assertThat(r.err()).contains("sequential"); // the summary went to stderr
    }

    @Test
    void validateAndCompareRefuseTheSameFiles() throws Exception {
        Path big = dir.resolve("big-input.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(101L << 20);
        }
        Path fileUrl = Files.writeString(dir.resolve("file-url.json"), "{\"schemaVersion\": 1, \"workload\": "
                + "{\"kind\": \"http\", \"tasks\": 2, \"urls\": [\"file:///etc/passwd\"]}, \"models\": [\"pool\"]}");
        Path bigInput = Files.writeString(dir.resolve("big-input.json"), "{\"schemaVersion\": 1, \"workload\": "
                + "{\"kind\": \"cpu-regex\", \"inputFile\": \"big-input.txt\"}, \"models\": [\"sequential\"]}");
        for (Path file : new Path[] {fileUrl, bigInput}) {
            LabProcess.Result v = LabProcess.cli("validate", file.toString()).run(Duration.ofSeconds(30));
            LabProcess.Result c = LabProcess.cli("compare", "--experiment", file.toString()).run(Duration.ofSeconds(30));
            assertThat(v.exit()).as(v.all()).isEqualTo(2);
            assertThat(c.exit()).as(c.all()).isEqualTo(2);
            String reason = file == fileUrl ? "must start with http:// or https://" : "is too big (105906176 bytes)";
            assertThat(v.err()).contains(reason);
            assertThat(c.err()).contains(reason);
        }
    }

    @Test
    void optionsThatDoNothingAreNamedAndWorkersAreNeverMoreThanTasks() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--model", "process", "--workers", "1024", "--workload", "sleep",
                "--tasks", "2", "--latency-ms", "1", "--hash-rounds", "5", "--switch-interval-ms", "3", "--no-warmup")
                .run(Duration.ofSeconds(60));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).contains("warning: --hash-rounds does not apply to the sleep workload; ignored")
                .contains("warning: --switch-interval-ms applies only to gil and the cpython-* models");
        assertThat(r.out()).containsPattern("process\\s+2\\s"); // two workers for two tasks, not 1024
        if (ProcessBudget.maxWorkers() < 1024) {
            assertThat(r.err()).contains("--workers 1024: this machine's free memory holds about");
        }
    }
}
