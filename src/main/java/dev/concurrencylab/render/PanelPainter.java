package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.Finding;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One run's timeline panel in a picture: header ({@link PanelHeader}), lane labels ({@link LaneLabels}), the lanes
 * (painted by {@link LaneRaster}, as on screen), the utilisation strip and the time axis.
 */
final class PanelPainter {
    static final int LABEL_WIDTH = 130;
    private static final int HEADER = 24;
    private static final int MAX_LANES_HEIGHT = 260;
    private static final int STRIP = 34;
    private static final int GAP = 4;
    private static final int AXIS = 20;

    private final PictureStyle style;
    private final LaneMode mode;
    private final LaneRaster raster;
    private final UtilisationStrip strip;

    PanelPainter(PictureStyle style, LaneMode mode) {
        this.style = style;
        this.mode = mode;
        this.raster = new LaneRaster(style.palette, style.scale);
        // a picture is painted once: every segment is affordable, so it needs no level-of-detail summary
        this.raster.useSummaries(false);
        this.strip = new UtilisationStrip(style.palette, style.scale);
    }

    private int laneCount(RunOutput run) {
        return LaneSet.count(run.trace(), mode);
    }

    private int lanesHeight(RunOutput run) {
        int n = Math.max(1, laneCount(run));
        int wanted = style.px(Math.min(MAX_LANES_HEIGHT, n * LaneLayout.MAX_ROW));
        return LaneLayout.of(n, wanted, style.scale).height();
    }

    int height(RunOutput run) {
        return style.px(HEADER) + lanesHeight(run) + style.px(GAP + STRIP + AXIS);
    }

    /**
     * @param findings the run's findings, drawn as numbered markers on its lanes (none for none)
     * @param first    the number of the run's first finding
     */
    void paint(Graphics2D g, BufferedImage image, int[] pixels, RunOutput run, TimeWindow window,
               int x, int y, int width, int cores, List<Finding> findings, int first) {
        int plotX = x + style.px(LABEL_WIDTH);
        int plotW = Math.max(1, width - style.px(LABEL_WIDTH));
        int lanesTop = y + style.px(HEADER);
        int lanesH = lanesHeight(run);
        LaneSet lanes = LaneSet.of(run.trace(), mode);
        LaneLayout layout = raster.paint(new PixelRegion(pixels, image.getWidth(), plotX, lanesTop, plotW, lanesH),
                lanes, window, -1, -1);
        int stripTop = lanesTop + lanesH + style.px(GAP);
        int stripH = style.px(STRIP);
        UtilisationStrip.Scale scale = strip.paint(new PixelRegion(pixels, image.getWidth(), plotX, stripTop, plotW,
                stripH), raster, cores);

        header(g, PanelHeader.of(run), layout, x, y, width);
        labels(g, lanes, layout, x, lanesTop);
        g.setFont(style.small);
        g.setColor(style.text);
        int labelRight = x + style.px(LABEL_WIDTH - 6);
        int a = g.getFontMetrics().getAscent();
        int coreBaseline = Math.min(stripTop + stripH, stripTop + scale.coreLineY() + a / 2);
        style.drawRight(g, UtilisationStrip.coreLabel(cores), labelRight, coreBaseline);
        if (stripTop + stripH - coreBaseline >= a + style.px(2)) {
            style.drawRight(g, UtilisationStrip.RUNNING_LABEL, labelRight, stripTop + stripH - style.px(2));
        }
        axis(g, window, plotX, stripTop + stripH, plotW);
        markers(g, FindingMarkers.place(findings, first, lanes, layout, window, plotW, lanesH,
                style.px(FindingBadge.RADIUS)), layout, plotX, lanesTop);
    }

    /** Each finding: a bracket over its span along the top of its row, and its numbered badge. */
    private void markers(Graphics2D g, List<FindingMarkers.Marker> markers, LaneLayout layout, int plotX, int top) {
        for (FindingMarkers.Marker m : markers) {
            int rowTop = top + layout.rowTop(m.row());
            int x0 = plotX + (int) Math.floor(m.x0());
            int x1 = plotX + (int) Math.ceil(m.x1());
            int tick = Math.max(style.scale, Math.min(style.px(6), layout.rowHeight()));
            g.setColor(style.text);
            g.fillRect(x0, rowTop, Math.max(style.scale, x1 - x0), style.scale);
            g.fillRect(x0, rowTop, style.scale, tick);
            g.fillRect(Math.max(x0, x1 - style.scale), rowTop, style.scale, tick);
        }
        for (FindingMarkers.Marker m : markers) {
            FindingBadge.paint(g, style, m.number(), m.finding().severity(), plotX + m.centreX(), top + m.centreY());
        }
    }

    /**
     * Model in bold, its facts and notes, the warning (in the warning colour) when the measurement was disturbed,
     * and the grouping note at the right end when there is room for it: the facts come first.
     */
    private void header(Graphics2D g, PanelHeader header, LaneLayout layout, int x, int y, int width) {
        int baseline = y + style.px(HEADER - 7);
        g.setColor(style.text);
        g.setFont(style.bold);
        g.drawString(header.model(), x, baseline);
        int cx = x + g.getFontMetrics().stringWidth(header.model()) + style.px(8);
        int right = x + width;
        FontMetrics small = g.getFontMetrics(style.small);
        String grouping = layout.note();
        String details = header.details();
        int detailsW = g.getFontMetrics(style.body).stringWidth(details);
        int warningW = header.warning().isEmpty() ? 0 : small.stringWidth(header.warning()) + style.px(12);
        int groupingW = grouping.isEmpty() ? 0 : small.stringWidth(grouping) + style.px(12);
        if (cx + detailsW + warningW + groupingW > right) {
            groupingW = 0;
        }
        g.setFont(style.body);
        style.drawLeftFitted(g, details, cx, baseline, right - cx - groupingW);
        int after = cx + Math.min(detailsW, right - cx - groupingW);
        g.setFont(style.small);
        if (warningW > 0 && after + warningW <= right - groupingW) {
            g.setColor(style.warning);
            g.drawString(header.warning(), after + style.px(12), baseline);
        }
        if (groupingW > 0) {
            g.setColor(style.muted);
            style.drawRight(g, grouping, right, baseline);
        }
    }

    private void labels(Graphics2D g, LaneSet lanes, LaneLayout layout, int x, int top) {
        Font font = layout.rowHeight() >= style.px(12) ? style.body : style.small;
        g.setFont(font);
        g.setColor(style.text);
        FontMetrics fm = g.getFontMetrics();
        int right = x + style.px(LABEL_WIDTH - 6);
        for (LaneLabels.Label label : LaneLabels.of(lanes, layout, fm.getAscent())) {
            int mid = top + (int) Math.round(LaneLabels.centre(layout, label.row()));
            style.drawRightFitted(g, label.text(), right, mid + (fm.getAscent() - fm.getDescent()) / 2,
                    style.px(LABEL_WIDTH - 10));
        }
    }

    private void axis(Graphics2D g, TimeWindow window, int plotX, int top, int plotW) {
        g.setColor(style.text);
        g.setFont(style.small);
        FontMetrics fm = g.getFontMetrics();
        g.fillRect(plotX, top, plotW, style.scale);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(window, plotW, style.px(90));
        for (TimeAxis.Tick t : ticks) {
            g.fillRect(plotX + (int) Math.floor(t.x()), top, style.scale, style.px(4));
        }
        for (TimeAxis.Placed p : TimeAxis.place(ticks, fm::stringWidth, plotW, style.px(6))) {
            g.drawString(p.tick().label(), plotX + (int) Math.round(p.left()), top + style.px(5) + fm.getAscent());
        }
    }
}
