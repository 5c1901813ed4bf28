package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.store.ExperimentFile;
import dev.concurrencylab.store.RecordedRun;
import dev.concurrencylab.store.RecordedRuns;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 4 (and the input halves of 8 and 9): files that amplify or never end. Before the fix a 157 KB
 * recording grew to 1.7 GB of heap (a 623 KB one to 6 GB in 22 s), a 3 GB --urls file ran out of memory, a
 * 5 MB --input line ran without end, and a FIFO given as an experiment or recording hung.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AmplifyingInputsTest {
    @TempDir
    Path dir;

    /** A real recording whose first lane claims 60 million segments: about 120 KB of gzip. */
    private Path recordingBomb() throws Exception {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(2).withLatencyMs(1);
        ExperimentConfig c = ExperimentConfig.of(w, List.of(ModelKind.SEQUENTIAL),
                ModelSettings.defaults().withWarmup(false));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        RecordedRuns.write(gz, RecordedRun.now(ExperimentFile.of(c),
                Comparison.execute(c, new CancelToken(), RunListener.NONE)));
        String json = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(gz.toByteArray()))
                .readAllBytes(), StandardCharsets.UTF_8);
        int at = json.indexOf("\"state\":[") + "\"state\":[".length();
        Path bomb = dir.resolve("bomb.labrun");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] zeros = "0,".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60_000_000 / (1 << 16); i++) {
                out.write(zeros);
            }
            out.write(json.substring(at).getBytes(StandardCharsets.UTF_8));
        }
        return bomb;
    }

    @Test
    void aRecordingThatUnpacksToMillionsOfSegmentsIsRefusedInLittleMemory() throws Exception {
        Path bomb = recordingBomb();
        assertThat(Files.size(bomb)).isLessThan(400_000);
        LabProcess.Result r = LabProcess.cli("validate", bomb.toString()).defaultJvm().run(Duration.ofSeconds(60));
        LabProcess.notePeak("recording of " + Files.size(bomb) / 1024 + " KB claiming 60M segments (validate)", r);
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("holds more than this app reads").contains("4000000 segments");
        assertThat(r.peakRssKb()).as("peak RSS, kB").isLessThan(1024 * 1024);
    }

    @Test
    void hugeLongAndBinaryInputFilesAreRefusedByName() throws Exception {
        Path urls = dir.resolve("sites.txt");
        try (RandomAccessFile f = new RandomAccessFile(urls.toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GB, sparse: no disk used
        }
        LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--urls", urls.toString(), "--no-warmup")
                .defaultJvm().run(Duration.ofSeconds(30));
        LabProcess.notePeak("3 GB --urls file", r);
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("urls: ").contains("is too big (3221225472 bytes)");

        Path line = Files.writeString(dir.resolve("one-line.txt"), "a".repeat(5 << 20));
        r = LabProcess.cli("run", "--workload", "cpu-regex", "--input", line.toString(), "--no-warmup")
                .run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("input: ").contains("line 1 is longer than 100000 characters");

        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', '\n', (byte) 0xff, (byte) 0xfe, 0});
        r = LabProcess.cli("run", "--workload", "cpu-regex", "--input", binary.toString(), "--no-warmup")
                .run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("line 2 is not UTF-8 text").doesNotContain("Input length");

        r = LabProcess.cli("run", "--workload", "cpu-regex", "--input", dir.toString(), "--no-warmup")
                .run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("is a folder, not a file").doesNotContain("no such file");
    }

    @Test
    void aFifoGivenAsAnExperimentOrARecordingIsRefusedAtOnce() throws Exception {
        Path json = dir.resolve("lesson.json");
        Path rec = dir.resolve("lesson.labrun");
        for (Path p : List.of(json, rec)) {
            assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
        }
        LabProcess.Result r = LabProcess.cli("validate", json.toString(), rec.toString()).run(Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("lesson.json: is not a regular file").contains("lesson.labrun: is not a regular file");
        r = LabProcess.cli("run", "--experiment", json.toString()).run(Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
    }
}
