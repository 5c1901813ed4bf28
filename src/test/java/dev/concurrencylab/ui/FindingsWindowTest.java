package dev.concurrencylab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import dev.concurrencylab.render.TimeWindow;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings under the summary: listed once the runs end, a click zooms to one, the switch hides them. */
class FindingsWindowTest extends LabWindowTestSupport {
    @Start
    void start(Stage stage) throws IOException {
        mount(stage);
    }

    @Test
    void clickingAFindingZoomsToItsSpanAndOutlinesItsTask(FxRobot robot) throws Exception {
        load(robot, experiment(sleep(8, 20), 2, ModelKind.SEQUENTIAL, ModelKind.POOL));
        runAndWait(robot, 30);
        FindingsModel model = app.window().findings();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.findingsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ComparisonFindings.Numbered first = model.findingsProperty().get().numbered().getFirst();
        Finding f = first.finding();
        assertThat(robot.lookup("#finding-" + first.number()).tryQuery()).isPresent();

        robot.clickOn("#finding-" + first.number());
        WaitForAsyncUtils.waitForFxEvents();
        PanelLinks links = app.window().links();
        TimeWindow shown = links.windowProperty().get();
        assertThat(shown.startNanos()).isLessThanOrEqualTo(f.startNanos());
        assertThat(shown.endNanos()).isGreaterThanOrEqualTo(f.endNanos());
        assertThat(shown.span()).isLessThan(3 * Math.max(TimeWindow.MIN_SPAN, f.endNanos() - f.startNanos()));
        assertThat(links.selectedFindingProperty().get()).isEqualTo(first.number());
        assertThat(links.highlightedTaskProperty().get()).isEqualTo(f.tasks().isEmpty() ? -1 : f.tasks().getFirst());

        robot.clickOn("#show-findings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-findings").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(links.showFindingsProperty().get()).isFalse();
        boolean listed = true;
        for (javafx.scene.Node n = robot.lookup("#finding-" + first.number()).query(); n != null; n = n.getParent()) {
            listed &= n.isVisible();
        }
        assertThat(listed).as("the list is hidden too").isFalse();
        assertThat(model.forPictures().isEmpty()).as("exports leave them out").isTrue();
    }
}
