package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 7: text from a file or the command line reaching the terminal raw. Before the fix {@code validate}
 * printed an experiment's name and description as they were (ESC [2J cleared the screen, BEL rang) and
 * {@code --url} errors echoed them too.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TerminalInjectionTest {
    @TempDir
    Path dir;

    private static void assertNoControls(String s) {
        assertThat(s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f))
                .as("control characters in: %s", s).isEmpty();
    }

    @Test
    void experimentTextIsShownEscaped() throws Exception {
        Path file = dir.resolve("evil.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"\\u001b[2J\\u0007clear\\u0000\", "
                + "\"description\": \"ring \\u0007 \\u009b31m red\", \"workload\": {\"kind\": \"sleep\", \"tasks\": 2}, "
                + "\"models\": [\"sequential\"]}");
        LabProcess.Result r = LabProcess.cli("validate", file.toString()).run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isZero();
        assertNoControls(r.out());
        assertNoControls(r.err());
        assertThat(r.out()).contains("name:        \\x1B[2J\\x07clear\\x00").contains("ring \\x07 \\x9B31m red");
    }

    @Test
    void aUrlInAnErrorIsShownEscaped() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "http", "--url", "gopher://\u001b]0;owned\u0007x/")
                .run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertNoControls(r.err());
        assertThat(r.err()).contains("\\x1B]0;owned\\x07x/").contains("is not a valid URL");
    }
}
