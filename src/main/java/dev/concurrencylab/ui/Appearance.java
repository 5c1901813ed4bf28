package dev.concurrencylab.ui;

import dev.concurrencylab.render.Palette;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;

/**
 * Theme and font zoom for one scene: the base stylesheet plus the light or dark colours ({@link ThemeStylesheet},
 * made from the same table as the canvases' palette), and the root font size (every size in the stylesheet is in
 * em, so it scales the whole window).
 */
final class Appearance {
    static final double BASE_FONT_PX = 16;
    static final double ZOOM_STEP = 1.1;
    private static final String BASE = css("base.css");
    private static final String LIGHT = ThemeStylesheet.url(Palette.LIGHT);
    private static final String DARK = ThemeStylesheet.url(Palette.DARK);

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);

    Appearance(Scene scene, boolean darkTheme, double scale) {
        dark.set(darkTheme);
        fontScale.set(scale);
        apply(scene);
        dark.addListener(o -> apply(scene));
        fontScale.addListener(o -> apply(scene));
        // the zoom is the root's font size: a new root (the window, set after this) takes it too
        scene.rootProperty().addListener(o -> apply(scene));
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    void zoomIn() {
        fontScale.set(Math.min(LabSettings.MAX_SCALE, fontScale.get() * ZOOM_STEP));
    }

    void zoomOut() {
        fontScale.set(Math.max(LabSettings.MIN_SCALE, fontScale.get() / ZOOM_STEP));
    }

    void resetZoom() {
        fontScale.set(1.0);
    }

    private void apply(Scene scene) {
        scene.getStylesheets().setAll(BASE, dark.get() ? DARK : LIGHT);
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT_PX * fontScale.get()));
    }

    private static String css(String name) {
        return Appearance.class.getResource(name).toExternalForm();
    }
}
