package dev.concurrencylab.ui.timeline;

import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.render.LaneLayout;
import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.LaneRaster;
import dev.concurrencylab.render.LaneSet;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.PixelRegion;
import dev.concurrencylab.render.SegmentHit;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.render.UtilisationStrip;
import dev.concurrencylab.render.WaitCauses;
import java.nio.IntBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * A timeline of one run: lanes painted into an int buffer behind a {@link PixelBuffer}-backed image (the fast
 * path), a utilisation strip under them, and small canvases for lane labels and the time axis. Paints from an
 * immutable {@link TraceSnapshot}; any change is painted once, on the next pulse.
 *
 * <p>Panels of one comparison share one axis by binding {@link #windowProperty()} bidirectionally to one
 * property, and one highlighted task the same way. A null window fits the trace (or {@link #fitEndProperty()}).
 */
public class TimelineView extends Region {
    private static final long EMPTY_AXIS_NANOS = 1_000_000_000L;
    /**
     * One background thread for every panel's overview summaries, so the first overview frame of a finished run
     * never waits for one on the FX thread; it ends when idle.
     */
    private static final Executor SUMMARIES = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> Thread.ofPlatform().name("timeline-summaries").daemon().unstarted(r));
    /** Label column width, axis and strip heights at a 12 px font; all grow with the font. */
    private static final double LABEL_WIDTH = 128;
    private static final double AXIS_HEIGHT = 22;
    private static final double STRIP_HEIGHT = 36;
    static final double STRIP_GAP = 4;
    /** Lanes a panel keeps room to label one by one however short the window (more scroll, or are grouped). */
    private static final int MIN_LABELLED_LANES = 4;
    /** The most height a panel asks for its lanes, at a 12 px font. */
    private static final double MAX_LANES_HEIGHT = 360;

    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.THREADS);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final LongProperty replayTime = new SimpleLongProperty(this, "replayTime", -1);
    private final IntegerProperty highlightedTask = new SimpleIntegerProperty(this, "highlightedTask", -1);
    private final IntegerProperty cores = new SimpleIntegerProperty(this, "cores",
            Runtime.getRuntime().availableProcessors());
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final LongProperty fitEnd = new SimpleLongProperty(this, "fitEnd", 0);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 12);
    private final ReadOnlyStringWrapper groupingNote = new ReadOnlyStringWrapper(this, "groupingNote", "");
    private final ObjectProperty<ComparisonFindings> findings = new SimpleObjectProperty<>(this, "findings",
            ComparisonFindings.NONE);
    private final IntegerProperty findingsRun = new SimpleIntegerProperty(this, "findingsRun", -1);
    private final BooleanProperty showFindings = new SimpleBooleanProperty(this, "showFindings", true);
    private final IntegerProperty selectedFinding = new SimpleIntegerProperty(this, "selectedFinding", -1);

    private final ImageView image = new ImageView();
    private final Canvas labels = new Canvas();
    private final Canvas axis = new Canvas();
    private final TimelineDecorations decorations = new TimelineDecorations(labels, axis);
    private final FindingOverlay findingOverlay = new FindingOverlay();
    private final TimelineInteraction interaction;
    private final InvalidationListener repaintOnChange = this::onChange;
    private final List<Observable> watched;
    /**
     * Paints at most once per pulse. It stops only after a pulse with nothing to paint, so a change every pulse
     * (live runs, replay) paints every pulse rather than every other one while the timer restarts.
     */
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!dirty) {
                stop();
                pulseRunning = false;
                return;
            }
            if (!changed && !rebuildDue()) {
                return; // only a deferred rebuild is waiting, and it is not due yet
            }
            dirty = false;
            changed = false;
            paintNow();
        }
    };
    private boolean changed;
    private boolean dirty;
    private boolean pulseRunning;

    private TraceSnapshot trace;
    private LaneSet lanes;
    private LaneRaster raster;
    private UtilisationStrip strip;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int plotWidth;
    private int lanesHeight;
    private int imageHeight;
    private LaneLayout layout = LaneLayout.of(0, 0, 1);
    private long paints;
    private WaitCauses waitCauses = WaitCauses.UNKNOWN;
    private long lastBuild;
    private long lastBuildCost;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        image.setSmooth(false);
        getChildren().addAll(image, findingOverlay.canvas(), labels, axis);
        interaction = new TimelineInteraction(this);
        getChildren().addAll(interaction.overlays());
        watched = List.of(laneMode, window, replayTime, highlightedTask, cores, palette, fitEnd, fontSize, findings,
                findingsRun, showFindings, selectedFinding);
        watched.forEach(o -> o.addListener(repaintOnChange));
        setMinWidth(LABEL_WIDTH + 40);
        fontSize.addListener(o -> requestLayout());
    }

    /** Shows a snapshot (the newest of a live run, or a finished one); null clears the view. */
    public void setTrace(TraceSnapshot snapshot) {
        trace = snapshot;
        if (snapshot == null) {
            lanes = null;
        }
        requestPaint();
    }

    public TraceSnapshot getTrace() {
        return trace;
    }

    /** What this run's waits waited for, in the hover tooltip's words. */
    public void setWaitCauses(WaitCauses causes) {
        waitCauses = causes == null ? WaitCauses.UNKNOWN : causes;
    }

    WaitCauses waitCauses() {
        return waitCauses;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** The span shown; null fits the whole trace. Bind panels of one comparison to one property. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Show only what happened before this instant (trace nanoseconds); -1 shows everything. */
    public LongProperty replayTimeProperty() {
        return replayTime;
    }

    /** The task outlined wherever it appears; -1 for none. Clicking a segment sets it. */
    public IntegerProperty highlightedTaskProperty() {
        return highlightedTask;
    }

    /** The core count the utilisation strip is measured against. */
    public IntegerProperty coresProperty() {
        return cores;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Where "fit" ends, in trace nanoseconds: the longest run of a comparison; 0 uses this trace's end. */
    public LongProperty fitEndProperty() {
        return fitEnd;
    }

    /** Size of lane labels and axis text in px (presenter font zoom); the label column widens with it. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The comparison's findings; the markers of run {@link #findingsRunProperty()} are drawn on the lanes. */
    public ObjectProperty<ComparisonFindings> findingsProperty() {
        return findings;
    }

    /** Which run of the comparison this timeline shows, for its findings; -1 for none. */
    public IntegerProperty findingsRunProperty() {
        return findingsRun;
    }

    public BooleanProperty showFindingsProperty() {
        return showFindings;
    }

    /** The number of the finding whose lanes are highlighted, or -1. */
    public IntegerProperty selectedFindingProperty() {
        return selectedFinding;
    }

    /** Width of the lane label column, left of the plot. */
    public double labelWidth() {
        return Math.round(LABEL_WIDTH * fontSize.get() / 12);
    }

    double axisHeight() {
        return Math.round(AXIS_HEIGHT * fontSize.get() / 12);
    }

    /** The utilisation strip's height: room for its two labels at the current font. */
    double stripHeight() {
        return Math.round(STRIP_HEIGHT * Math.max(1, fontSize.get() / 12));
    }

    /** A lane tall enough for its label. */
    private double labelledRow() {
        return fontSize.get() + 3;
    }

    /** The window actually shown: the set one, or the fitted one while it is null. */
    public TimeWindow effectiveWindow() {
        TimeWindow w = window.get();
        return w != null ? w : fittedWindow();
    }

    /** The whole trace (or up to {@link #fitEndProperty()}). */
    public TimeWindow fittedWindow() {
        long end = fitEnd.get() > 0 ? fitEnd.get() : trace != null ? trace.endNanos() : 0;
        // nothing drawn yet (a run warming up, or measured quietly before its first frame): a second's axis,
        // not "0 ns … 1000 ns"
        return TimeWindow.fit(end > 0 ? end : EMPTY_AXIS_NANOS);
    }

    /** Shows the whole runs again (what a double-click does): no window set, so it fits. */
    public void fit() {
        window.set(null);
    }

    /** What the header says while lanes are grouped ({@link LaneLayout#note()}); empty otherwise. */
    public ReadOnlyStringProperty groupingNoteProperty() {
        return groupingNote.getReadOnlyProperty();
    }

    /** Lanes as last painted: rows, grouping, note. */
    public LaneLayout laneLayout() {
        return layout;
    }

    /** How many times the lanes were painted; one per pulse at most. */
    public long paintCount() {
        return paints;
    }

    /** The segment under a point given in this view's coordinates, or null. */
    public SegmentHit hitAt(double x, double y) {
        if (lanes == null || plotWidth <= 0 || x < labelWidth() || y >= lanesHeight) {
            return null;
        }
        return SegmentHit.at(lanes, layout, effectiveWindow(), plotWidth, x - labelWidth(), y, replayTime.get());
    }

    /** The plot's width in pixels: the lanes' and the strip's. */
    double plotWidth() {
        return plotWidth;
    }

    /** Removes listeners and stops painting; the view shows nothing afterwards. */
    public void dispose() {
        pulse.stop();
        pulseRunning = false;
        dirty = false;
        changed = false;
        watched.forEach(o -> o.removeListener(repaintOnChange));
        interaction.dispose();
        trace = null;
        lanes = null;
    }

    private void onChange(Observable o) {
        if (o == laneMode) {
            lanes = null;
        }
        if (o == palette) {
            raster = null;
        }
        requestPaint();
    }

    /** Paints on the next pulse; several changes in one pulse paint once. */
    public void requestPaint() {
        changed = true;
        schedule();
    }

    private void schedule() {
        dirty = true;
        if (!pulseRunning) {
            pulseRunning = true;
            pulse.start();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double labelWidth = labelWidth();
        double axisHeight = axisHeight();
        int pw = (int) Math.max(1, Math.floor(w - labelWidth));
        int ih = (int) Math.max(1, Math.floor(h - axisHeight));
        int lh = (int) Math.max(1, ih - stripHeight() - STRIP_GAP);
        if (pw != plotWidth || ih != imageHeight) {
            plotWidth = pw;
            imageHeight = ih;
            pixels = new int[pw * ih];
            pixelBuffer = new PixelBuffer<>(pw, ih, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image.setImage(new WritableImage(pixelBuffer));
            requestPaint();
        }
        if (lh != lanesHeight) {
            lanesHeight = lh; // the strip grew or shrank with the font
            requestPaint();
        }
        image.relocate(labelWidth, 0);
        findingOverlay.layout(labelWidth, pw, lanesHeight);
        labels.setWidth(labelWidth);
        labels.setHeight(h);
        labels.relocate(0, 0);
        axis.setWidth(pw);
        axis.setHeight(axisHeight);
        axis.relocate(labelWidth, ih);
        interaction.layout(w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    /**
     * However short the window, a panel keeps room to label its first few lanes one by one, at the current font
     * (the comparison scrolls rather than dropping labels to every other lane); more lanes get a little more room
     * and are then grouped.
     */
    @Override
    protected double computeMinHeight(double width) {
        double row = labelledRow();
        double lanePx = Math.min(laneCount() * row, Math.max(MIN_LABELLED_LANES * row, 120));
        return Math.max(row, lanePx) + stripHeight() + STRIP_GAP + axisHeight();
    }

    /** A labelled row per lane (at least {@link LaneLayout#MAX_ROW}), up to a cap that grows with the font. */
    @Override
    protected double computePrefHeight(double width) {
        double scale = Math.max(1, fontSize.get() / 12);
        double row = Math.max(LaneLayout.MAX_ROW, labelledRow());
        double lanePx = Math.min(MAX_LANES_HEIGHT * scale, Math.max(1, laneCount()) * row);
        return lanePx + stripHeight() + STRIP_GAP + axisHeight();
    }

    /** The lanes shown, before a trace arrives too (its model's threads are not known here: a guess of 4). */
    private int laneCount() {
        return trace == null ? MIN_LABELLED_LANES : lanes != null ? lanes.size() : LaneSet.count(trace, laneMode.get());
    }

    /**
     * Lanes are rebuilt for each new snapshot, except that while a run is live and a rebuild is costly (the task
     * view of a big trace), the old lanes are painted until ten times the last rebuild's cost has passed, so
     * rebuilding never takes more than about a tenth of the FX thread.
     */
    private void rebuildLanes() {
        long now = System.nanoTime();
        boolean stale = lanes == null || lanes.mode() != laneMode.get() || trace.complete();
        if (!stale && !rebuildDue()) {
            schedule(); // paint the newest snapshot once the pause has passed
            return;
        }
        lanes = LaneSet.of(trace, laneMode.get());
        lastBuild = System.nanoTime();
        lastBuildCost = lastBuild - now;
    }

    private boolean rebuildDue() {
        return lastBuildCost <= 4_000_000 || System.nanoTime() - lastBuild >= 10 * lastBuildCost;
    }

    private void paintNow() {
        if (pixelBuffer == null) {
            return;
        }
        Palette p = palette.get();
        if (raster == null || raster.palette() != p) {
            raster = new LaneRaster(p, 1);
            raster.buildSummariesOn(SUMMARIES, () -> Platform.runLater(this::schedule));
            strip = new UtilisationStrip(p, 1);
        }
        TimeWindow win = effectiveWindow();
        PixelRegion lanesRegion = new PixelRegion(pixels, plotWidth, 0, 0, plotWidth, lanesHeight);
        PixelRegion gapRegion = new PixelRegion(pixels, plotWidth, 0, lanesHeight, plotWidth, imageHeight - lanesHeight);
        gapRegion.fill(0, 0, plotWidth, gapRegion.height(), p.background());
        UtilisationStrip.Scale stripScale = null;
        if (trace != null) {
            if (lanes == null || lanes.snapshot() != trace) {
                rebuildLanes();
            }
            layout = raster.paint(lanesRegion, lanes, win, replayTime.get(), highlightedTask.get());
            int stripTop = (int) (lanesHeight + STRIP_GAP);
            PixelRegion stripRegion = new PixelRegion(pixels, plotWidth, 0, stripTop, plotWidth,
                    Math.max(0, imageHeight - stripTop));
            stripScale = strip.paint(stripRegion, raster, cores.get());
        } else {
            lanesRegion.fill(0, 0, plotWidth, lanesHeight, p.background());
            layout = LaneLayout.of(0, lanesHeight, 1);
        }
        pixelBuffer.updateBuffer(b -> null);
        paints++;
        groupingNote.set(layout.note());
        decorations.paint(p, lanes, layout, win, plotWidth, lanesHeight, stripHeight(), stripScale, cores.get(),
                fontSize.get());
        findingOverlay.paint(p, trace == null ? null : lanes, layout, win, findings.get(), findingsRun.get(),
                showFindings.get(), selectedFinding.get(), fontSize.get());
    }
}
