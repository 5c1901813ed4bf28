package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;

/**
 * Wall time per model as bars, the ideal bound marked on each, with speed-up against the first and CPU use, any
 * published time beside them, and the notes that explain a published time.
 */
final class SummaryChart {
    private static final int HEADER = 24;
    private static final int ROW = 26;
    private static final int NOTE = 18;
    private static final int TEXT_COLUMN = 250;
    private static final int PUBLISHED_COLUMN = 190;

    private final PictureStyle style;
    private final PublishedTimes published;

    SummaryChart(PictureStyle style, PublishedTimes published) {
        this.style = style;
        this.published = published;
    }

    int height(List<RunOutput> runs) {
        return style.px(HEADER + ROW * runs.size() + 6 + NOTE * notes(runs).size());
    }

    private List<String> notes(List<RunOutput> runs) {
        return published.notes(runs.stream().map(RunOutput::result).toList());
    }

    void paint(Graphics2D g, List<RunOutput> runs, int x, int y, int width) {
        g.setColor(style.text);
        g.setFont(style.bold);
        g.drawString("Wall time per model", x, y + style.px(HEADER - 8));
        int cx = x + g.getFontMetrics().stringWidth("Wall time per model") + style.px(12);
        g.setFont(style.small);
        g.setColor(style.muted);
        g.drawString("bar: measured wall · ┃ ideal bound · speed-up against " + (runs.isEmpty() ? "the first"
                : runs.get(0).result().model().id()), cx, y + style.px(HEADER - 8));
        double max = 0;
        for (RunOutput o : runs) {
            max = Math.max(max, Math.max(o.result().wallMs(), o.result().boundMs()));
        }
        int barX = x + style.px(PanelPainter.LABEL_WIDTH);
        boolean anyPublished = runs.stream().anyMatch(o -> !published.beside(o.result().model()).isEmpty());
        int barW = Math.max(1, width - style.px(PanelPainter.LABEL_WIDTH + TEXT_COLUMN
                + (anyPublished ? PUBLISHED_COLUMN : 0)));
        double first = runs.isEmpty() ? 0 : runs.get(0).result().wallMs();
        int top = y + style.px(HEADER);
        for (RunOutput o : runs) {
            row(g, o.result(), max, first, x, barX, barW, top);
            top += style.px(ROW);
        }
        g.setFont(style.small);
        g.setColor(style.muted);
        for (String note : notes(runs)) {
            top += style.px(NOTE);
            g.drawString(note, x, top - style.px(4));
        }
    }

    private void row(Graphics2D g, RunResult r, double max, double first, int x, int barX, int barW, int top) {
        int barH = style.px(ROW - 8);
        int barTop = top + style.px(4);
        g.setFont(style.body);
        FontMetrics fm = g.getFontMetrics();
        int baseline = barTop + (barH + fm.getAscent() - fm.getDescent()) / 2;
        g.setColor(style.text);
        style.drawRightFitted(g, r.model().id(), barX - style.px(6), baseline, style.px(PanelPainter.LABEL_WIDTH - 10));
        int len = max > 0 ? (int) Math.round(r.wallMs() / max * barW) : 0;
        g.setColor(style.grid);
        g.fillRect(barX, barTop, barW, barH);
        g.setColor(PictureStyle.colour(style.palette.colour(dev.concurrencylab.engine.State.RUNNING)));
        g.fillRect(barX, barTop, Math.max(style.scale, len), barH);
        if (r.boundMs() > 0 && max > 0) {
            int bx = barX + (int) Math.round(r.boundMs() / max * barW);
            g.setColor(style.text);
            g.fillRect(bx - style.scale, barTop - style.px(3), style.px(2), barH + style.px(6));
        }
        String text = String.format(Locale.ROOT, "%s · %.2f× · CPU %.0f %%%s",
                TimeAxis.format(Math.round(r.wallMs() * 1e6)), r.wallMs() > 0 ? first / r.wallMs() : 0,
                r.cpuUtilization() * 100, r.errors() > 0 ? " · " + r.errors() + " failed" : "");
        g.setColor(style.text);
        g.drawString(text, barX + barW + style.px(10), baseline);
        String reference = published.beside(r.model());
        if (!reference.isEmpty()) {
            g.setColor(style.muted);
            g.drawString(reference, barX + barW + style.px(10 + TEXT_COLUMN), baseline);
        }
    }
}
