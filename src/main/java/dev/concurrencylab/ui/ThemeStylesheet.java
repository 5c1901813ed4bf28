package dev.concurrencylab.ui;

import dev.concurrencylab.engine.State;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.ThemeColour;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A theme's colours as the stylesheet that follows {@code base.css}: every {@link ThemeColour} as a looked-up
 * colour in {@code .root} (e.g. {@code -lab-side}), plus the RUNNING state's colour as {@code -lab-running}.
 * Made from {@link Palette}, so the controls, the canvases and the PNG take their colours from one table.
 */
final class ThemeStylesheet {
    private ThemeStylesheet() {
    }

    /** The stylesheet as a {@code data:} URL for {@code Scene.getStylesheets()}. */
    static String url(Palette p) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(p).getBytes(StandardCharsets.UTF_8));
    }

    static String css(Palette p) {
        StringBuilder b = new StringBuilder("/* ").append(p.name()).append(" theme, from ThemeColour */\n.root {\n");
        for (ThemeColour c : ThemeColour.values()) {
            b.append("    ").append(c.cssName()).append(": ").append(css(p.get(c))).append(";\n");
        }
        b.append("    -lab-running: ").append(css(p.colour(State.RUNNING))).append(";\n");
        return b.append("}\n").toString();
    }

    /** {@code #rrggbb}, or {@code rgba(r, g, b, a)} for a see-through colour. */
    static String css(int argb) {
        int a = argb >>> 24;
        if (a == 0xFF) {
            return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
        }
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.3f)", (argb >> 16) & 0xFF, (argb >> 8) & 0xFF,
                argb & 0xFF, a / 255.0);
    }
}
