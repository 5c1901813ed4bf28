package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import dev.concurrencylab.findings.FindingKind;
import dev.concurrencylab.findings.Severity;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real (small) comparison drawn headless, as {@code compare --png} does. */
class ComparisonPictureTest {
    private static ExperimentConfig config;
    private static List<RunOutput> runs;

    @BeforeAll
    static void runComparison() throws InterruptedException {
        config = ExperimentConfig.of(
                WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(12).withLatencyMs(20),
                List.of(ModelKind.SEQUENTIAL, ModelKind.POOL),
                ModelSettings.defaults().withWorkers(4).withWarmup(false));
        runs = Comparison.execute(config, new CancelToken(), RunListener.NONE);
    }

    private static ComparisonPicture picture(int scale) {
        return new ComparisonPicture(runs, ComparisonPicture.title(config),
                ComparisonPicture.caption(config, "12 × sleep 20 ms", 2),
                ComparisonPicture.Options.defaults().withScale(scale));
    }

    @Test
    void writesAValidPngAndTwiceTheSizeAtScaleTwo(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("cmp.png");
        Path two = dir.resolve("cmp@2x.png");
        ComparisonPicture.writePng(picture(1).render(), one);
        ComparisonPicture.writePng(picture(2).render(), two);

        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(a).as("PNG decodes").isNotNull();
        assertThat(a.getWidth()).isEqualTo(1200);
        assertThat(a.getHeight()).isGreaterThan(300);
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getHeight()).isEqualTo(2 * a.getHeight());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cmp.png", "cmp@2x.png");
        }
    }

    @Test
    void panelsShareOneAxisSoTheirLengthsKeepTheTrueRatio() {
        ComparisonPicture p = picture(1);
        long seqEnd = runs.get(0).trace().endNanos();
        assertThat(p.sharedWindow().endNanos()).isEqualTo(Math.max(seqEnd, runs.get(1).trace().endNanos()));

        // The sequential run is about 4× the pool's: count columns of its RUNNING/IO_WAIT against the pool's.
        BufferedImage seq = p.renderPanel(0);
        BufferedImage pool = p.renderPanel(1);
        double ratio = busyColumns(seq) / (double) busyColumns(pool);
        double expected = seqEnd / (double) runs.get(1).trace().endNanos();
        assertThat(ratio).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(15));
    }

    /** The rightmost column holding a state colour, measured from the plot's left edge. */
    private static int busyColumns(BufferedImage img) {
        int left = PanelPainter.LABEL_WIDTH + 16;
        int last = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = left; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) | 0xFF000000;
                if (rgb == Palette.LIGHT.colour(State.IO_WAIT) || rgb == Palette.LIGHT.hatchColour(State.IO_WAIT)) {
                    last = Math.max(last, x - left);
                }
            }
        }
        return last;
    }

    @Test
    void findingsAreMarkedOnTheirPanelsAndListedUnderTheSummary() {
        ComparisonFindings findings = ComparisonFindings.of(config.settings(), runs);
        Finding first = findings.run(0).getFirst();
        assertThat(first.kind()).isEqualTo(FindingKind.QUEUEING); // 12 sleeps one after another queue up
        ComparisonPicture with = new ComparisonPicture(runs, "t", "c", ComparisonPicture.Options.defaults(), findings);
        BufferedImage plain = picture(1).render();
        BufferedImage marked = with.render();
        int warning = Palette.LIGHT.findingFill(Severity.WARNING);
        assertThat(count(plain, warning)).isZero();
        assertThat(count(marked, warning)).as("yellow badges").isGreaterThan(0);
        assertThat(marked.getHeight()).as("the list under the summary").isGreaterThan(plain.getHeight() + 20);
        // the sequential panel alone carries its own findings' badges, the pool's panel only its own
        long poolWarnings = findings.run(1).stream().filter(f -> f.severity() == Severity.WARNING).count();
        assertThat(count(with.renderPanel(0), warning)).isGreaterThan(0);
        assertThat(count(with.renderPanel(1), warning) > 0).isEqualTo(poolWarnings > 0);
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) | 0xFF000000) == argb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void summaryAndSinglePanelPicturesAreSmallerThanTheWhole() {
        ComparisonPicture p = picture(1);
        BufferedImage whole = p.render();
        assertThat(p.renderSummary().getHeight()).isLessThan(whole.getHeight());
        assertThat(p.renderPanel(1).getHeight()).isLessThan(whole.getHeight());
        assertThat(p.renderPanel(1).getWidth()).isEqualTo(whole.getWidth());
    }
}
