package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;

/** Wall time per model as bars, the ideal bound marked on each, with speed-up against the first and CPU use. */
final class SummaryChart {
    private static final int HEADER = 24;
    private static final int ROW = 26;
    private static final int TEXT_COLUMN = 250;

    private final PictureStyle style;

    SummaryChart(PictureStyle style) {
        this.style = style;
    }

    int height(List<RunOutput> runs) {
        return style.px(HEADER + ROW * runs.size() + 6);
    }

    void paint(Graphics2D g, List<RunOutput> runs, int x, int y, int width) {
        g.setColor(style.text);
        g.setFont(style.bold);
        g.drawString("Wall time per model", x, y + style.px(HEADER - 8));
        int cx = x + g.getFontMetrics().stringWidth("Wall time per model") + style.px(12);
        g.setFont(style.small);
        g.setColor(style.muted);
        g.drawString("bar: measured wall · ┃ ideal bound · speed-up against " + (runs.isEmpty() ? "the first"
                : runs.get(0).result().label()), cx, y + style.px(HEADER - 8));
        double max = 0;
        for (RunOutput o : runs) {
            max = Math.max(max, Math.max(o.result().wallMs(), o.result().boundMs()));
        }
        double first = runs.isEmpty() ? 0 : runs.get(0).result().wallMs();
        g.setFont(style.body);
        int column = style.px(TEXT_COLUMN);
        for (RunOutput o : runs) { // a warm-up split makes a row's figures longer: the bars give way, not the text
            column = Math.max(column, g.getFontMetrics().stringWidth(text(o.result(), first)) + style.px(16));
        }
        // a model in its own interpreter has a long name (cpython-processes@pypy3): cut, it would read as another
        int labels = style.px(PanelPainter.LABEL_WIDTH);
        for (RunOutput o : runs) {
            labels = Math.max(labels, g.getFontMetrics().stringWidth(o.result().label()) + style.px(16));
        }
        labels = Math.min(labels, width / 3);
        int barX = x + labels;
        int barW = Math.max(style.px(60), width - labels - column);
        int top = y + style.px(HEADER);
        for (RunOutput o : runs) {
            row(g, o.result(), max, first, barX, barW, labels, top);
            top += style.px(ROW);
        }
    }

    /** "815 ms · 1.00× · CPU 49 %", and the warm-up split where the run has one. */
    private static String text(RunResult r, double first) {
        String warmup = WarmupText.compact(r);
        return String.format(Locale.ROOT, "%s · %.2f× · CPU %.0f %%%s%s",
                TimeAxis.format(Math.round(r.wallMs() * 1e6)), r.wallMs() > 0 ? first / r.wallMs() : 0,
                r.cpuUtilization() * 100, r.errors() > 0 ? " · " + r.errors() + " failed" : "",
                warmup == null ? "" : " · " + warmup);
    }

    private void row(Graphics2D g, RunResult r, double max, double first, int barX, int barW, int labels, int top) {
        int barH = style.px(ROW - 8);
        int barTop = top + style.px(4);
        g.setFont(style.body);
        FontMetrics fm = g.getFontMetrics();
        int baseline = barTop + (barH + fm.getAscent() - fm.getDescent()) / 2;
        g.setColor(style.text);
        style.drawRightFitted(g, r.label(), barX - style.px(6), baseline, labels - style.px(10));
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
        g.setColor(style.text);
        g.drawString(text(r, first), barX + barW + style.px(10), baseline);
    }
}
