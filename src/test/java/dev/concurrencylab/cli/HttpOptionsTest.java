package dev.concurrencylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Bad URLs are refused before anything runs, with exit status 2 and the field named. */
class HttpOptionsTest {

    private static String errorsOf(int[] status, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = LabCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        status[0] = cli.execute(args);
        return err.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/file", "example.org/no-scheme", "http://", "http://exa mple.org/"})
    void invalidUrlsExitWithStatusTwo(String url) {
        assertThat(LabCommand.execute("run", "--workload", "http", "--url", url, "--tasks", "4"))
                .isEqualTo(LabCommand.BAD_INPUT);
        int[] status = new int[1];
        assertThat(errorsOf(status, "run", "--workload", "http", "--url", url)).contains("url:");
        assertThat(status[0]).isEqualTo(LabCommand.BAD_INPUT);
    }

    @Test
    void urlsNeedTheHttpWorkload() {
        int[] status = new int[1];
        assertThat(errorsOf(status, "run", "--workload", "sleep", "--url", "http://127.0.0.1:9/"))
                .contains("--workload http");
        assertThat(status[0]).isEqualTo(LabCommand.BAD_INPUT);
    }

    @Test
    void aUrlsFileIsCheckedLineByLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("urls.txt");
        Files.writeString(file, "# the classic four\nhttp://127.0.0.1:9/a\n\nmailto:someone@example.org\n");
        int[] status = new int[1];
        assertThat(errorsOf(status, "compare", "--workload", "http", "--urls", file.toString(), "--models", "pool"))
                .contains("mailto:someone@example.org");
        assertThat(status[0]).isEqualTo(LabCommand.BAD_INPUT);
        assertThat(LabCommand.execute("run", "--workload", "http", "--urls", dir.resolve("missing.txt").toString()))
                .isEqualTo(LabCommand.BAD_INPUT);
    }
}
