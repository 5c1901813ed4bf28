package dev.concurrencylab.render;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.store.OutputFile;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * A comparison as a picture, without a display: panels stacked on one shared time axis (the same time per
 * pixel), each with its header and utilisation strip, the legend of states, the summary bar chart and a caption
 * with the configuration. Lanes are painted by the same {@link LaneRaster} as the screen; at scale 2 everything
 * is repainted at twice the resolution.
 */
public final class ComparisonPicture {
    /** How a picture looks. */
    public record Options(int scale, Palette palette, LaneMode mode, int width) {
        public Options {
            if (scale < 1 || scale > 4) {
                throw new IllegalArgumentException("scale must be 1 to 4, was " + scale);
            }
            if (width < 400 || width > 8000) {
                throw new IllegalArgumentException("width must be 400 to 8000 pixels, was " + width);
            }
        }

        public static Options defaults() {
            return new Options(1, Palette.LIGHT, LaneMode.THREADS, 1200);
        }

        public Options withScale(int v) {
            return new Options(v, palette, mode, width);
        }

        public Options withPalette(Palette v) {
            return new Options(scale, v, mode, width);
        }

        public Options withMode(LaneMode v) {
            return new Options(scale, palette, v, width);
        }
    }

    private static final int MARGIN = 16;
    private static final int SPACING = 14;

    private final List<RunOutput> runs;
    private final String title;
    private final String caption;
    private final Options options;
    private final PictureStyle style;
    private final PublishedTimes published;
    private final ComparisonFindings findings;

    /** A picture without findings. */
    public ComparisonPicture(List<RunOutput> runs, String title, String caption, Options options) {
        this(runs, title, caption, options, ComparisonFindings.NONE);
    }

    /** @param findings drawn as numbered markers on the panels and listed under the summary; NONE for none */
    public ComparisonPicture(List<RunOutput> runs, String title, String caption, Options options,
                             ComparisonFindings findings) {
        this(runs, title, caption, options, findings, PublishedTimes.NONE);
    }

    /** @param published published times beside the measured ones in the summary, with their notes */
    public ComparisonPicture(List<RunOutput> runs, String title, String caption, Options options,
                             ComparisonFindings findings, PublishedTimes published) {
        this.runs = List.copyOf(runs);
        this.title = title;
        this.caption = caption == null ? "" : caption;
        this.options = options;
        this.style = new PictureStyle(options.palette(), options.scale());
        this.published = published == null ? PublishedTimes.NONE : published;
        this.findings = findings == null ? ComparisonFindings.NONE : findings;
    }

    /** "Concurrency Lab — cpu-hash: sequential vs pool vs gil". */
    public static String title(ExperimentConfig config) {
        return "Concurrency Lab — " + config.workload().kind().id() + ": "
                + config.models().stream().map(ModelEntry::id).collect(Collectors.joining(" vs "));
    }

    /** "cpu-hash ×200 · models sequential, pool · 4 workers · …": what a reader needs to redo the run. */
    public static String caption(ExperimentConfig config, String workloadDescription, int cores) {
        ModelSettings s = config.settings();
        String models = config.models().stream().map(ModelEntry::id).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder(workloadDescription);
        b.append(" · models ").append(models).append(" · ").append(s.workers()).append(" workers");
        if (config.kinds().contains(ModelKind.GIL)) {
            b.append(String.format(Locale.ROOT, " · GIL switch %.2f ms%s", s.switchIntervalMs(),
                    s.fairGil() ? " (fair)" : ""));
        } else if (config.kinds().stream().anyMatch(ModelKind::inPython)) {
            b.append(String.format(Locale.ROOT, " · Python's switch interval %.2f ms", s.switchIntervalMs()));
        }
        if (s.maxInFlight() > 0) {
            b.append(" · at most ").append(s.maxInFlight()).append(" in flight");
        }
        if (config.models().contains(ModelKind.ARTICLE_ASYNCIO)) {
            b.append(" · executor ").append(s.threadsFor(ModelKind.ARTICLE_ASYNCIO, config.workload().tasks()))
                    .append(" threads");
        }
        b.append(" · ").append(cores).append(" cores · Java ").append(Runtime.version().feature());
        return b.toString();
    }

    /** The longest run's end: every panel's window, so all share one axis. */
    public TimeWindow sharedWindow() {
        long end = 0;
        for (RunOutput o : runs) {
            end = Math.max(end, o.trace().endNanos());
        }
        return TimeWindow.fit(end);
    }

    private int cores() {
        return runs.isEmpty() ? Runtime.getRuntime().availableProcessors() : runs.get(0).result().cores();
    }

    /** The whole comparison: title, caption, legend, every panel, the summary and the findings. */
    public BufferedImage render() {
        return compose(java.util.stream.IntStream.range(0, runs.size()).boxed().toList(), true);
    }

    /** One panel and its findings, with the title, caption and legend, on the comparison's shared axis. */
    public BufferedImage renderPanel(int index) {
        return compose(List.of(index), false);
    }

    /** The summary bar chart alone, with the title, the caption and the findings. */
    public BufferedImage renderSummary() {
        return compose(List.of(), true);
    }

    private BufferedImage compose(List<Integer> panels, boolean summary) {
        PanelPainter painter = new PanelPainter(style, options.mode());
        SummaryChart chart = new SummaryChart(style, published);
        LegendPainter legend = new LegendPainter(style);
        FindingList list = new FindingList(style);
        int width = style.px(options.width());
        int inner = width - 2 * style.px(MARGIN);
        List<FindingList.Entry> entries = list.entries(runs, findings, panels.isEmpty()
                ? java.util.stream.IntStream.range(0, runs.size()).boxed().toList() : panels, inner);
        int height = style.px(MARGIN) + style.px(26) + style.px(18) * captionLines().length + style.px(6)
                + (panels.isEmpty() ? 0 : legend.height(inner) + style.px(SPACING));
        for (int i : panels) {
            height += painter.height(runs.get(i)) + style.px(SPACING);
        }
        if (summary) {
            height += chart.height(runs) + style.px(SPACING);
        }
        height += entries.isEmpty() ? 0 : list.height(entries) + style.px(SPACING);
        height += style.px(MARGIN);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(pixels, options.palette().background());
        Graphics2D g = image.createGraphics();
        try {
            style.prepare(g);
            int x = style.px(MARGIN);
            int y = style.px(MARGIN);
            g.setColor(style.text);
            g.setFont(style.title);
            // four models, each in its own interpreter, outgrow the width: the caption below lists them all
            style.drawLeftFitted(g, title, x, y + g.getFontMetrics().getAscent(), inner);
            y += style.px(26);
            g.setFont(style.body);
            g.setColor(style.muted);
            for (String line : captionLines()) {
                g.drawString(line, x, y + g.getFontMetrics().getAscent());
                y += style.px(18);
            }
            y += style.px(6);
            if (!panels.isEmpty()) {
                legend.paint(g, image, pixels, x, y, inner);
                y += legend.height(inner) + style.px(SPACING);
            }
            TimeWindow window = sharedWindow();
            for (int i : panels) {
                RunOutput o = runs.get(i);
                painter.paint(g, image, pixels, o, window, x, y, inner, cores(), findings.run(i),
                        findings.firstNumber(i));
                y += painter.height(o) + style.px(SPACING);
            }
            if (summary) {
                chart.paint(g, runs, x, y, inner);
                y += chart.height(runs) + style.px(SPACING);
            }
            list.paint(g, entries, x, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    private String[] captionLines() {
        return caption.isEmpty() ? new String[0] : caption.split("\n");
    }

    /** Writes {@code image} as a PNG, all or nothing. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        OutputFile.write(file, out -> writePng(image, out));
    }

    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }
}
