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
    void findingsAreInThePictureUnlessTurnedOff() throws Exception {
        int warning = dev.concurrencylab.render.Palette.LIGHT.findingFill(dev.concurrencylab.findings.Severity.WARNING);
        int[] counts = new int[2];
        String[][] extra = {{}, {"--no-findings"}};
        for (int i = 0; i < 2; i++) {
            Path png = dir.resolve("f" + i + ".png");
            // six sleeps of 20 ms in a row: the median task waits 40 ms, far above queueing's 10 ms
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compare", "--workload", "sleep",
                    "--tasks", "6", "--latency-ms", "20", "--models", "sequential", "--no-warmup", "--png",
                    png.toString()));
            args.addAll(java.util.List.of(extra[i]));
            assertThat(cli(new StringWriter(), args.toArray(String[]::new))).isZero();
            BufferedImage img = ImageIO.read(png.toFile());
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    counts[i] += (img.getRGB(x, y) | 0xFF000000) == warning ? 1 : 0;
                }
            }
        }
        assertThat(counts[0]).as("six sleeps in a row queue up: a warning's yellow badge").isGreaterThan(0);
        assertThat(counts[1]).isZero();
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
