package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.ui.timeline.TimelineView;
import java.io.IOException;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection-pool lesson in the real window: sky-blue waits on the lanes, named in the tooltip and legend. */
class WaitStatesWindowTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void threadsQueuingForPooledConnectionsShowConnectionWaitsThatSayWhy(FxRobot robot) throws Exception {
        WorkloadConfig http = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(12).withLatencyMs(60);
        load(robot, ExperimentConfig.of(http, List.of(ModelKind.POOL),
                ModelSettings.defaults().withWorkers(6).withMaxConnections(2).withWarmup(false)));
        robot.interact(vm()::run); // the http form is long: Run is scrolled out of this small window's view
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> vm().runningProperty().get()
                || !vm().outputs().isEmpty());
        waitUntilIdle(30);

        TimelineView timeline = robot.lookup("#timeline-pool").queryAs(TimelineView.class);
        TraceSnapshot trace = timeline.getTrace();
        int lane = -1;
        long at = -1;
        for (int l = 0; l < trace.threadLanes().size() && lane < 0; l++) {
            Segments s = trace.threadLanes().get(l).segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == State.CONN_WAIT && s.end(i) - s.start(i) > 50_000_000) {
                    lane = l;
                    at = (s.start(i) + s.end(i)) / 2;
                    break;
                }
            }
        }
        assertThat(lane).as("6 threads on 2 connections: some wait over 50 ms for one").isNotNegative();

        TimeWindow w = timeline.effectiveWindow();
        double plot = timeline.getWidth() - timeline.labelWidth();
        Point2D p = timeline.localToScreen(timeline.labelWidth() + w.toX(at, plot),
                timeline.laneLayout().rowTop(lane) + 4);
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".timeline-tooltip").queryLabeled().getText())
                .contains("connection wait", "waiting for a pooled connection (pool of 2)");

        List<String> legend = robot.lookup("#legend .label").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertThat(legend).contains("connection wait", "ready", "I/O wait", "queued");
    }
}
