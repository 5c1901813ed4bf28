package dev.concurrencylab.cli;

import static dev.concurrencylab.cli.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.cli.CommandLineTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench presets} on small experiments: how often each check held, the times, and the exit status. */
class PresetBenchCommandTest {
    @TempDir
    Path dir;

    /** 8 waits of 20 ms: in a row they take 160 ms, on an event loop 20 ms. */
    private Path experiment(String name, String checks) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, """
                {
                  "schemaVersion": 2,
                  "name": "Waits",
                  "workload": {"kind": "sleep", "tasks": 8, "latencyMs": 20},
                  "models": ["sequential", "eventloop"],
                  "settings": {"warmup": false},
                  "checks": [%s]
                }
                """.formatted(checks));
        return f;
    }

    @Test
    void checksThatHoldEveryTimeExitWithZero() throws Exception {
        Path f = experiment("holds.json", """
                {"speedUp": "eventloop", "over": "sequential", "atLeast": 2},
                {"speedUp": "eventloop", "over": "sequential", "atLeast": 2, "minCores": 1024}""");
        Result r = cli("bench", "presets", "--runs", "2", f.toString());
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("2 runs each; load average").contains(f + ": Waits")
                .containsPattern("sequential +[\\d.]+ m?s +[\\d.]+ m?s +median [\\d.]+ m?s")
                .containsPattern("held 2 of 2 +eventloop ≥ 2\\.00× sequential +\\d+\\.\\d\\d \\d+\\.\\d\\d")
                .containsPattern("skipped +eventloop ≥ 2\\.00× sequential \\(on ≥ 1024 cores\\) +— —  \\(needs 1024 cores")
                .contains("ALL HELD: 1 checks, 2 of 2 runs each");
        assertThat(r.err()).contains("run 1 of 2").contains("run 2 of 2");
    }

    @Test
    void aCheckThatFailsOnceExitsWithOneAndIsNamed() throws Exception {
        Path f = experiment("fails.json", """
                {"speedUp": "sequential", "over": "eventloop", "atLeast": 2}""");
        Result r = cli("bench", "presets", "--runs", "1", f.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("held 0 of 1").contains("FAILED " + f + ": sequential ≥ 2.00× eventloop held 0 of 1");
    }

    @Test
    void badInputExitsWithTwoBeforeAnythingRuns() throws Exception {
        Result unknown = cli("bench", "presets", "no-such-preset");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no such preset or file").contains("classic-cpu");
        assertThat(cli("bench", "presets", "--runs", "0", "classic-cpu").status()).isEqualTo(2);
        assertThat(cli("bench", "presets", "--runs", "0", "classic-cpu").err()).contains("runs").contains("between 1");
    }
}
