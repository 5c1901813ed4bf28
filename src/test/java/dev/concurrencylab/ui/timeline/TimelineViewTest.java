package dev.concurrencylab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.render.WaitCauses;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives two timeline panels headless as a user would: zoom, pan, select, fit, click. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    /** 4 worker lanes, 40 tasks of 1 ms each, run 10 at a time: the run lasts 10 ms. */
    private static final long END = 10_000_000;

    private TimelineView top;
    private TimelineView bottom;
    private final ObjectProperty<TimeWindow> shared = new SimpleObjectProperty<>();

    static TraceSnapshot trace() {
        return trace(-1);
    }

    /** The same, with {@code readyTask}'s segment READY instead of RUNNING. */
    static TraceSnapshot trace(int readyTask) {
        TaskTable tasks = TaskTable.empty(40);
        List<LaneSnapshot> lanes = new ArrayList<>();
        for (int l = 0; l < 4; l++) {
            ArraySegments.Builder b = ArraySegments.builder(10);
            for (int k = 0; k < 10; k++) {
                int task = l * 10 + k;
                long s = k * 1_000_000L;
                b.add(task == readyTask ? State.READY : State.RUNNING, task, s, s + 1_000_000L);
                tasks.submitted()[task] = 0;
                tasks.started()[task] = s;
                tasks.ended()[task] = s + 1_000_000L;
                tasks.status()[task] = TaskStatus.FINISHED;
            }
            lanes.add(LaneSnapshot.of(l, "worker-" + l, LaneKind.THREAD, b.build(), -1));
        }
        return new TraceSnapshot(END, lanes, tasks, true);
    }

    @Start
    void start(Stage stage) {
        top = new TimelineView();
        bottom = new TimelineView();
        for (TimelineView v : List.of(top, bottom)) {
            v.setTrace(trace());
            v.setPrefSize(928, 200);
            v.windowProperty().bindBidirectional(shared);
        }
        bottom.highlightedTaskProperty().bindBidirectional(top.highlightedTaskProperty());
        stage.setScene(new Scene(new VBox(top, bottom), 928, 400));
        stage.show();
    }

    /** Screen point at trace instant {@code nanos} on lane {@code lane} of the top panel, for the fitted window. */
    private Point2D at(long nanos, int lane) {
        double x = top.labelWidth() + nanos * top.plotWidth() / (double) END;
        double y = top.laneLayout().rowTop(lane) + 8;
        return top.localToScreen(x, y);
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void paintsTheLanesAndFitsTheTraceByDefault(FxRobot robot) {
        settle();
        assertThat(top.paintCount()).isPositive();
        assertThat(top.laneLayout().rows()).isEqualTo(4);
        assertThat(top.effectiveWindow()).isEqualTo(TimeWindow.fit(END));
    }

    @Test
    void beforeAnythingIsDrawnTheAxisSpansASecond(FxRobot robot) {
        TimelineView[] empty = new TimelineView[1];
        robot.interact(() -> empty[0] = new TimelineView());
        assertThat(empty[0].fittedWindow()).as("not 0 ns to 1000 ns").isEqualTo(TimeWindow.fit(1_000_000_000L));
    }

    @Test
    void ctrlWheelZoomsAroundTheCursorAndBothPanelsFollow(FxRobot robot) {
        settle();
        // One notch up on a desktop wheel is +40 px; three notches. (Monocle's robot sends ±1 per notch with the
        // opposite sign, so the event is built here as a real wheel sends it.) The wheel alone scrolls the page.
        Point2D p = top.screenToLocal(at(END / 4, 1));
        robot.interact(() -> javafx.event.Event.fireEvent(top, wheel(p, false)));
        settle();
        assertThat(shared.get()).as("the wheel alone does not zoom").isNull();
        robot.interact(() -> javafx.event.Event.fireEvent(top, wheel(p, true)));
        settle();

        TimeWindow w = shared.get();
        assertThat(w).isNotNull();
        assertThat(w.span()).isEqualTo(END / 2);
        // The instant under the cursor stays under it (within a pixel).
        long pixel = END / top.plotWidth() > 0 ? (long) Math.ceil(END / top.plotWidth()) : 1;
        assertThat(Math.abs(w.toNanos(END / 4.0 * top.plotWidth() / END, top.plotWidth()) - END / 4))
                .isLessThanOrEqualTo(2 * pixel);
        assertThat(bottom.effectiveWindow()).isEqualTo(w);
    }

    private static ScrollEvent wheel(Point2D p, boolean ctrl) {
        return new ScrollEvent(ScrollEvent.SCROLL, p.getX(), p.getY(), 0, 0, false, ctrl, false, false, false, false,
                0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                0, 0, null);
    }

    @Test
    void dragPansAndDoubleClickFits(FxRobot robot) {
        settle();
        robot.interact(() -> shared.set(new TimeWindow(2_000_000, 4_000_000)));
        Point2D from = top.localToScreen(top.labelWidth() + 400, 30);
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(-200, 0));
        settle();

        TimeWindow panned = shared.get();
        assertThat(panned.span()).isEqualTo(2_000_000);
        assertThat(panned.startNanos()).isGreaterThan(2_000_000);

        robot.moveTo(from).doubleClickOn(MouseButton.PRIMARY);
        settle();
        assertThat(shared.get()).as("nothing set: it fits").isNull();
        assertThat(top.effectiveWindow()).isEqualTo(TimeWindow.fit(END));
    }

    @Test
    void shiftDragSelectsASpanToZoomTo(FxRobot robot) {
        settle();
        Point2D a = at(2_000_000, 0);
        Point2D b = at(6_000_000, 0);
        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(a, MouseButton.PRIMARY).dropTo(b);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        settle();

        TimeWindow w = shared.get();
        long tolerance = 2 * END / (long) top.plotWidth();
        assertThat(w.startNanos()).isCloseTo(2_000_000L, org.assertj.core.data.Offset.offset(tolerance));
        assertThat(w.endNanos()).isCloseTo(6_000_000L, org.assertj.core.data.Offset.offset(tolerance));
    }

    @Test
    void clickingASegmentHighlightsItsTaskInEveryPanel(FxRobot robot) {
        settle();
        robot.clickOn(at(3_500_000, 2), MouseButton.PRIMARY);
        settle();
        assertThat(top.highlightedTaskProperty().get()).isEqualTo(23);
        assertThat(bottom.highlightedTaskProperty().get()).isEqualTo(23);

        robot.interact(() -> top.laneModeProperty().set(LaneMode.TASKS));
        settle();
        assertThat(top.laneLayout().lanes()).isEqualTo(40);
    }

    @Test
    void hoverShowsTheSegment(FxRobot robot) {
        settle();
        robot.moveTo(at(3_500_000, 2));
        settle();
        assertThat(top.hitAt(top.screenToLocal(at(3_500_000, 2)).getX(), top.screenToLocal(at(3_500_000, 2)).getY())
                .describe(WaitCauses.UNKNOWN)).contains("task 23 · running 1.00 ms");
        assertThat(robot.lookup(".timeline-tooltip").queryLabeled().getText()).contains("task 23");
    }

    @Test
    void hoverOverAReadySegmentSaysWhatTheTaskWaitedFor(FxRobot robot) {
        WaitCauses virtual = WaitCauses.of(ModelKind.VIRTUAL, WorkloadConfig.defaults(WorkloadKind.MIXED),
                ModelSettings.defaults());
        robot.interact(() -> {
            top.setTrace(trace(23));
            top.setWaitCauses(virtual);
        });
        settle();
        robot.moveTo(at(3_500_000, 2));
        settle();
        assertThat(robot.lookup(".timeline-tooltip").queryLabeled().getText())
                .contains("task 23 · ready 1.00 ms: waiting for a carrier thread");
    }

    @Test
    void aNewSnapshotRepaintsAndDisposeStopsPainting(FxRobot robot) {
        settle();
        long before = top.paintCount();
        TraceSnapshot t = trace();
        robot.interact(() -> top.setTrace(new TraceSnapshot(END / 2, t.lanes(), t.tasks(), false)));
        settle();
        assertThat(top.paintCount()).isGreaterThan(before);
        assertThat(top.fittedWindow()).isEqualTo(TimeWindow.fit(END));

        robot.interact(top::dispose);
        long disposed = top.paintCount();
        robot.interact(() -> top.highlightedTaskProperty().set(3));
        settle();
        assertThat(top.paintCount()).isEqualTo(disposed);
        assertThat(bottom.highlightedTaskProperty().get()).as("the other panel still listens").isEqualTo(3);
    }
}
