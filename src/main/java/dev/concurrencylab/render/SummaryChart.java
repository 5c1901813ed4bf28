package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.State;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Wall time per model as bars, the ideal bound marked on each, with the words of {@link SummaryLine} beside them
 * (speed-up against the first, CPU use, failures, any published time), and the notes that explain a published time.
 */
final class SummaryChart {
    private static final int HEADER = 24;
    private static final int ROW = 26;
    private static final int NOTE = 18;
    private static final int MIN_BAR = 200;

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

    /** The summary's words, and the warm-up split where the run has one. */
    private String line(RunResult r, RunResult first) {
        String warmup = WarmupText.compact(r);
        return SummaryLine.of(r, first, published.beside(r.entry())) + (warmup == null ? "" : " · " + warmup);
    }

    void paint(Graphics2D g, List<RunOutput> runs, int x, int y, int width) {
        g.setColor(style.text);
        g.setFont(style.bold);
        g.drawString("Wall time per model", x, y + style.px(HEADER - 8));
        int cx = x + g.getFontMetrics().stringWidth("Wall time per model") + style.px(12);
        g.setFont(style.small);
        g.setColor(style.muted);
        RunResult first = runs.isEmpty() ? null : runs.get(0).result();
        g.drawString(SummaryLine.key(first), cx, y + style.px(HEADER - 8));
        double max = 0;
        for (RunOutput o : runs) {
            max = Math.max(max, Math.max(o.result().wallMs(), o.result().boundMs()));
        }
        // the text column is as wide as its longest line, up to half the width; the bars take the rest
        g.setFont(style.body);
        int textW = 0;
        for (RunOutput o : runs) {
            textW = Math.max(textW, g.getFontMetrics().stringWidth(line(o.result(), first)));
        }
        textW = Math.min(width / 2, textW + style.px(10));
        // a model in its own interpreter has a long name (cpython-processes@pypy3): cut, it would read as another
        int labels = style.px(PanelPainter.LABEL_WIDTH);
        for (RunOutput o : runs) {
            labels = Math.max(labels, g.getFontMetrics().stringWidth(o.result().label()) + style.px(16));
        }
        labels = Math.min(labels, width / 4);
        int barX = x + labels;
        int barW = Math.max(style.px(MIN_BAR), width - labels - textW);
        int top = y + style.px(HEADER);
        for (RunOutput o : runs) {
            row(g, o.result(), max, first, labels, barX, barW, x + width - (barX + barW + style.px(10)), top);
            top += style.px(ROW);
        }
        g.setFont(style.small);
        g.setColor(style.muted);
        for (String note : notes(runs)) {
            top += style.px(NOTE);
            g.drawString(note, x, top - style.px(4));
        }
    }

    private void row(Graphics2D g, RunResult r, double max, RunResult first, int labels, int barX, int barW,
                     int textW, int top) {
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
        g.setColor(PictureStyle.colour(style.palette.colour(State.RUNNING)));
        g.fillRect(barX, barTop, Math.max(style.scale, len), barH);
        if (r.boundMs() > 0 && max > 0) {
            int bx = barX + (int) Math.round(r.boundMs() / max * barW);
            g.setColor(style.text);
            g.fillRect(bx - style.scale, barTop - style.px(3), style.px(2), barH + style.px(6));
        }
        g.setColor(style.text);
        style.drawLeftFitted(g, line(r, first), barX + barW + style.px(10), baseline, textW);
    }
}
