package dev.concurrencylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --png FILE --scale 2}: the comparison picture without a display. */
class PngExportCommandTest {
    @TempDir
    Path dir;

    private static int cli(StringWriter err, String... args) {
        var cmd = LabCommand.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void compareWritesThePictureAtTheRequestedScale() throws Exception {
        Path png = dir.resolve("out/compare.png");
        java.nio.file.Files.createDirectories(png.getParent()); // an output's folder is not made for it
        int status = cli(new StringWriter(), "compare", "--workload", "sleep", "--tasks", "6", "--latency-ms", "5",
                "--models", "sequential,eventloop", "--no-warmup", "--png", png.toString(), "--scale", "2",
                "--view", "tasks", "--theme", "dark");

        assertThat(status).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(2400);
    }

    @Test
    void aBadScaleIsRejectedBeforeAnythingRuns() {
        StringWriter err = new StringWriter();
        Path png = dir.resolve("never.png");
        int status = cli(err, "compare", "--workload", "sleep", "--tasks", "2", "--png", png.toString(),
                "--scale", "3");

        assertThat(status).isEqualTo(LabCommand.BAD_INPUT);
        assertThat(err.toString()).contains("scale").contains("1 or 2");
        assertThat(Files.exists(png)).isFalse();
    }
}
