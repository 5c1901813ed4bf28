package dev.concurrencylab.ui.timeline;

import dev.concurrencylab.render.SegmentHit;
import dev.concurrencylab.render.ThemeColour;
import dev.concurrencylab.render.TimeWindow;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;

/**
 * What a pointer does on a timeline: Ctrl + wheel zooms around the cursor (the wheel alone scrolls the panels,
 * which may not all fit), drag pans, shift-drag or secondary-drag selects a span to zoom to, double-click fits,
 * a click highlights a task, hovering shows the segment.
 */
final class TimelineInteraction {
    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 3;

    private final TimelineView view;
    private final Rectangle selection = new Rectangle();
    private final Label tip = new Label();
    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<MouseEvent> onMove = this::moved;
    private final EventHandler<MouseEvent> onExit = e -> tip.setVisible(false);
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private double pressX;
    private double pressY;
    private TimeWindow pressWindow;
    private boolean selecting;
    private boolean dragged;

    TimelineInteraction(TimelineView view) {
        this.view = view;
        selection.setManaged(false);
        selection.setVisible(false);
        selection.setMouseTransparent(true);
        selection.fillProperty().bind(Bindings.createObjectBinding(
                () -> FxColours.of(view.paletteProperty().get().get(ThemeColour.SELECTION)), view.paletteProperty()));
        selection.strokeProperty().bind(Bindings.createObjectBinding(
                () -> FxColours.of(view.paletteProperty().get().get(ThemeColour.SELECTION_EDGE)),
                view.paletteProperty()));
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.getStyleClass().add("timeline-tooltip");
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        view.addEventHandler(ScrollEvent.SCROLL, onScroll);
    }

    /** The overlay nodes the view adds above its raster. */
    javafx.scene.Node[] overlays() {
        return new javafx.scene.Node[] {selection, tip};
    }

    void dispose() {
        view.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        view.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        view.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        view.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        view.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        view.removeEventHandler(ScrollEvent.SCROLL, onScroll);
    }

    void layout(double width, double height) {
        tip.autosize();
    }

    private double plotX(double x) {
        return Math.max(0, Math.min(view.plotWidth(), x - view.labelWidth()));
    }

    private void scrolled(ScrollEvent e) {
        if (!e.isShortcutDown() || e.getDeltaY() == 0 || view.plotWidth() <= 0) {
            return;
        }
        TimeWindow w = view.effectiveWindow();
        long anchor = w.toNanos(plotX(e.getX()), view.plotWidth());
        view.windowProperty().set(w.zoom(Math.pow(2, -e.getDeltaY() / 120.0), anchor));
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressWindow = view.effectiveWindow();
        selecting = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY;
        dragged = false;
        tip.setVisible(false);
    }

    private void dragged(MouseEvent e) {
        if (pressWindow == null) {
            return;
        }
        double dx = e.getX() - pressX;
        dragged |= Math.abs(dx) >= CLICK_SLOP || Math.abs(e.getY() - pressY) >= CLICK_SLOP;
        if (!dragged) {
            return;
        }
        if (selecting) {
            double a = view.labelWidth() + plotX(pressX);
            double b = view.labelWidth() + plotX(e.getX());
            selection.setX(Math.min(a, b));
            selection.setY(0);
            selection.setWidth(Math.abs(b - a));
            selection.setHeight(Math.max(0, view.getHeight() - view.axisHeight()));
            selection.setVisible(true);
        } else {
            long delta = Math.round(-dx * pressWindow.span() / view.plotWidth());
            view.windowProperty().set(pressWindow.pan(delta));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressWindow == null) {
            return;
        }
        if (selecting && dragged) {
            selection.setVisible(false);
            double a = plotX(pressX);
            double b = plotX(e.getX());
            if (Math.abs(b - a) >= CLICK_SLOP) {
                view.windowProperty().set(TimeWindow.between(pressWindow.toNanos(a, view.plotWidth()),
                        pressWindow.toNanos(b, view.plotWidth())));
            }
        } else if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            if (e.getClickCount() >= 2) {
                view.fit();
            } else {
                SegmentHit hit = view.hitAt(e.getX(), e.getY());
                view.highlightedTaskProperty().set(hit == null ? -1 : hit.task());
            }
        }
        pressWindow = null;
        e.consume();
    }

    private void moved(MouseEvent e) {
        SegmentHit hit = view.hitAt(e.getX(), e.getY());
        if (hit == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(hit.describe(view.waitCauses()));
        tip.autosize();
        double x = e.getX() + 14;
        if (x + tip.getWidth() > view.getWidth()) {
            x = e.getX() - tip.getWidth() - 8;
        }
        double y = Math.min(e.getY() + 16, Math.max(0, view.getHeight() - tip.getHeight()));
        tip.relocate(Math.max(0, x), y);
        tip.setVisible(true);
        tip.toFront();
    }
}
