package dev.concurrencylab.cli;

import static dev.concurrencylab.cli.CommandLineTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.LaunchArguments;
import dev.concurrencylab.cli.CommandLineTest.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on lessons, and {@code --lesson} on launch, checked before a window would open. */
class LessonCommandsTest {
    @TempDir
    Path dir;

    @Test
    void validateChecksLessonsAndListsTheBundledOnes() throws Exception {
        Result r = cli("validate", "assets/lessons/how-to-scale-python-services.json", "lesson:dont-block-the-event-loop");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid lesson (schema 1): How to scale Python services, 9 steps")
                .contains("  7. The JIT remark").contains("runs:     preset:blocking-event-loop, mixed: 100 tasks")
                .contains("Don't block the event loop, 3 steps")
                .contains("would run:   concurrency-lab --lesson lesson:dont-block-the-event-loop");
        assertThat(cli("validate", "--presets").out()).contains("lesson:how-to-scale-python-services");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {
                  "schemaVersion": 1,
                  "title": "Bad",
                  "steps": [{"preset": "classic-io", "question": "Q", "takeaway": "{sequentail.wall}"}]
                }
                """);
        Result refused = cli("validate", bad.toString());
        assertThat(refused.status()).isEqualTo(LabCommand.BAD_INPUT);
        assertThat(refused.err()).contains("line 4, column").contains("steps[0].takeaway")
                .contains("'sequentail' is not one of this step's models");
    }

    @Test
    void aLessonOnLaunchIsReadBeforeAnyWindowOpens() throws Exception {
        assertThat(LaunchArguments.lesson("--lesson", "preset:how-to-scale-python-services"))
                .isEqualTo("preset:how-to-scale-python-services");
        assertThat(LaunchArguments.lesson("--lesson=x.json")).isEqualTo("x.json");
        assertThat(LaunchArguments.opensWindow()).isTrue();
        assertThat(LaunchArguments.opensWindow("run", "--lesson")).isFalse();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(LessonSource.check("preset:how-to-scale-python-services", p)).isZero();
        assertThat(LessonSource.check("preset:no-such-lesson", p)).isEqualTo(LabCommand.BAD_INPUT);
        assertThat(LessonSource.check(dir.resolve("missing.json").toString(), p)).isEqualTo(LabCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such lesson; bundled: how-to-scale")
                .contains("missing.json: no such file");
    }
}
