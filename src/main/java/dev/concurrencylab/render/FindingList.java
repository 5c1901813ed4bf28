package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Severity;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The numbered findings of the runs in a picture, under its summary: a badge and the finding's line, wrapped. */
final class FindingList {
    private static final int HEADER = 24;
    private static final int LINE = 17;
    private static final int ENTRY_GAP = 5;
    private static final int TEXT_INDENT = 26;

    private final PictureStyle style;

    FindingList(PictureStyle style) {
        this.style = style;
    }

    /** One finding's badge and its text broken into lines. */
    record Entry(int number, Severity severity, List<String> lines) {
    }

    /** The entries of the runs with the given indices, their text broken to fit {@code width}. */
    List<Entry> entries(List<RunOutput> runs, ComparisonFindings findings, List<Integer> shown, int width) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        List<Entry> out = new ArrayList<>();
        try {
            style.prepare(g);
            g.setFont(style.body);
            FontMetrics fm = g.getFontMetrics();
            for (ComparisonFindings.Numbered n : findings.numbered()) {
                if (shown.contains(n.run())) {
                    String text = FindingText.line(runs.get(n.run()).result().label(), n.finding());
                    out.add(new Entry(n.number(), n.finding().severity(),
                            wrap(text, fm, width - style.px(TEXT_INDENT))));
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    int height(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        int h = style.px(HEADER);
        for (Entry e : entries) {
            h += style.px(LINE) * e.lines().size() + style.px(ENTRY_GAP);
        }
        return h;
    }

    void paint(Graphics2D g, List<Entry> entries, int x, int y) {
        if (entries.isEmpty()) {
            return;
        }
        g.setColor(style.text);
        g.setFont(style.bold);
        g.drawString("Findings", x, y + style.px(HEADER - 8));
        int top = y + style.px(HEADER);
        for (Entry e : entries) {
            FindingBadge.paint(g, style, e.number(), e.severity(), x + style.px(FindingBadge.RADIUS + 1),
                    top + style.px(LINE) / 2.0);
            g.setFont(style.body);
            g.setColor(style.text);
            FontMetrics fm = g.getFontMetrics();
            for (String line : e.lines()) {
                g.drawString(line, x + style.px(TEXT_INDENT), top + (style.px(LINE) + fm.getAscent()
                        - fm.getDescent()) / 2);
                top += style.px(LINE);
            }
            top += style.px(ENTRY_GAP);
        }
    }

    /** Breaks {@code text} at spaces into lines no wider than {@code width} (a longer word stands alone). */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fm.stringWidth(next) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
