package dev.concurrencylab.render;

import dev.concurrencylab.findings.Severity;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** A finding's numbered badge in a picture: a disc in its severity's colour with the number in it. */
final class FindingBadge {
    /** The badge's radius at 1×, and its number's size. */
    static final double RADIUS = 8;

    private FindingBadge() {
    }

    static void paint(Graphics2D g, PictureStyle style, int number, Severity severity, double cx, double cy) {
        double r = style.px(RADIUS);
        Palette p = style.palette;
        g.setColor(PictureStyle.colour(p.findingFill(severity)));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(PictureStyle.colour(p.text()));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        String label = Integer.toString(number);
        Font font = style.bold.deriveFont((float) (r * (label.length() > 2 ? 0.9 : 1.15)));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(PictureStyle.colour(p.findingInk(severity)));
        g.drawString(label, (float) (cx - fm.stringWidth(label) / 2.0),
                (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }
}
