package dev.concurrencylab.ui.timeline;

import javafx.scene.paint.Color;

/** The palette's ARGB ints as the toolkit's colours (the one place they are converted). */
public final class FxColours {
    private FxColours() {
    }

    public static Color of(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
