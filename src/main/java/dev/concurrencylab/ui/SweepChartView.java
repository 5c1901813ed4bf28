package dev.concurrencylab.ui;

import dev.concurrencylab.engine.Durations;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.SweepMarker;
import dev.concurrencylab.render.SweepPicture;
import dev.concurrencylab.sweep.CurvePoint;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepResult;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The sweep chart on screen: a Region that owns one Canvas and shows the {@link SweepPicture} the PNG export
 * paints, at the view's size, in the window's theme and text size. It adds only interaction: a point's numbers on
 * hover, and a click that opens the point's run.
 */
final class SweepChartView extends Region {
    /** How far from a marker's centre a click still picks it, in pixels. */
    static final double PICK_RADIUS = 12;
    private final SweepModel model;
    private final ObservableValue<Palette> palette;
    private final ObservableValue<Number> textZoom;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private List<SweepMarker> markers = List.of();
    private boolean dirty = true;
    private int paints;

    SweepChartView(SweepModel model, ObservableValue<Palette> palette, ObservableValue<Number> textZoom) {
        this.model = model;
        this.palette = palette;
        this.textZoom = textZoom;
        setId("sweep-chart");
        getChildren().add(canvas);
        setMinSize(200, 150);
        for (Observable o : new Observable[] {model.resultProperty(), model.axisProperty(), model.log2Property(),
            model.descriptionProperty(), palette, textZoom}) {
            o.addListener(x -> markDirty());
        }
        canvas.setOnMouseMoved(e -> hover(SweepMarker.nearest(markers, e.getX(), e.getY(), PICK_RADIUS)));
        canvas.setOnMouseClicked(e -> model.open(SweepMarker.nearest(markers, e.getX(), e.getY(), PICK_RADIUS)));
        Tooltip.install(canvas, tip);
        tip.setText("Run a sweep to see its points");
    }

    /** Where each point's median is, in this view's coordinates (for tests and clicks). */
    List<SweepMarker> markers() {
        return markers;
    }

    /** How many times the chart was painted (a test checks that data changes do not paint more than needed). */
    int paints() {
        return paints;
    }

    /** Data changes are painted once, at the next layout pass. */
    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            redraw(w, h);
        }
    }

    private void redraw(int w, int h) {
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        SweepResult r = model.resultProperty().get();
        if (r == null || w < 200 || h < 150) {
            markers = List.of();
            return;
        }
        double zoom = Math.clamp(textZoom.getValue().doubleValue(), 0.5, 3);
        // painted at the screen's own scale (2 on a HiDPI display), then drawn at the view's size
        int scale = getScene() == null || getScene().getWindow() == null ? 1
                : (int) Math.clamp(Math.ceil(getScene().getWindow().getOutputScaleX()), 1, 4);
        SweepPicture picture = new SweepPicture(r, SweepPicture.title(r.config()),
                SweepPicture.caption(r.spec(), model.descriptionProperty().get(), r.cores()),
                SweepPicture.Options.defaults().withSize(w, h).withScale(scale).withPalette(palette.getValue())
                        .withAxis(model.axisProperty().get()).withLog2(model.log2Property().get())
                        .withTextZoom(zoom));
        BufferedImage image = picture.render();
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(image.getWidth(), image.getHeight());
        fx.getPixelWriter().setPixels(0, 0, image.getWidth(), image.getHeight(), PixelFormat.getIntArgbInstance(),
                argb, 0, image.getWidth());
        gc.drawImage(fx, 0, 0, w, h);
        markers = picture.markers().stream()
                .map(m -> new SweepMarker(m.model(), m.workers(), m.x() / scale, m.y() / scale)).toList();
        paints++;
    }

    private void hover(SweepMarker m) {
        canvas.setCursor(m == null ? Cursor.DEFAULT : Cursor.HAND);
        SweepResult r = model.resultProperty().get();
        if (m == null || r == null) {
            return;
        }
        ModelCurve c = r.analysis().curve(m.model());
        CurvePoint p = c.points().stream().filter(x -> x.workers() == m.workers()).findFirst().orElse(null);
        if (p != null) {
            tip.setText(String.format(Locale.ROOT, "%s, %s: %.2f× (%.2f–%.2f), %.1f tasks/s, wall %s over %d %s%n"
                    + "Click to open its timelines", m.model().id(), SweepPlan.countName(m.model().kind(), m.workers()),
                    p.speedup(), p.minSpeedup(), p.maxSpeedup(), p.throughput(), Durations.ms(p.wallMs()), p.runs(),
                    p.runs() == 1 ? "run" : "runs"));
        }
    }
}
