package dev.concurrencylab.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReplayClockTest {
    private ReplayClock clock;
    private TimelineView a;
    private TimelineView b;

    @Start
    void start(Stage stage) {
        clock = new ReplayClock();
        a = new TimelineView();
        b = new TimelineView();
        a.setTrace(TimelineViewTest.trace());
        b.setTrace(TimelineViewTest.trace());
        a.replayTimeProperty().bind(clock.timeProperty());
        b.replayTimeProperty().bind(clock.timeProperty());
        stage.setScene(new Scene(new VBox(a, b), 800, 400));
        stage.show();
    }

    @Test
    void advancesAtTheChosenSpeedClampedToTheAllowedRange(FxRobot robot) {
        robot.interact(() -> {
            clock.endNanosProperty().set(10_000_000_000L);
            clock.speedProperty().set(0.25);
            clock.play();
            clock.pause();
            assertThat(clock.timeProperty().get()).isZero();
            clock.advance(1_000_000_000L);
            assertThat(clock.timeProperty().get()).isEqualTo(250_000_000L);
            clock.speedProperty().set(50);
            clock.advance(100_000_000L);
            assertThat(clock.timeProperty().get()).as("10x at most").isEqualTo(1_250_000_000L);
            clock.speedProperty().set(0.01);
            clock.advance(1_000_000_000L);
            assertThat(clock.timeProperty().get()).as("0.1x at least").isEqualTo(1_350_000_000L);
            clock.stop();
            assertThat(clock.timeProperty().get()).isEqualTo(-1);
        });
    }

    @Test
    void playsEveryPanelInSyncToTheEndAndStops(FxRobot robot) throws Exception {
        robot.interact(() -> {
            clock.endNanosProperty().set(100_000_000L);
            clock.speedProperty().set(1);
            clock.play();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !clock.playingProperty().get());

        assertThat(clock.timeProperty().get()).isEqualTo(100_000_000L);
        assertThat(a.replayTimeProperty().get()).isEqualTo(100_000_000L);
        assertThat(b.replayTimeProperty().get()).isEqualTo(100_000_000L);

        robot.interact(() -> {
            clock.play();
            assertThat(clock.timeProperty().get()).as("playing again starts over").isZero();
        });
        robot.interact(clock::stop);
        assertThat(a.replayTimeProperty().get()).isEqualTo(-1);
    }
}
