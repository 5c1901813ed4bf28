package dev.concurrencylab.ui.timeline;

import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.render.SyntheticTrace;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Frames per second of a real {@link TimelineView} on the FX thread (Monocle, software pipeline): lanes painted
 * into the PixelBuffer, the image updated and the scene rendered every pulse. A benchmark, not a test: run with
 * {@code mvn -B test -Dtest=TimelineFxBench -Dbench.fx=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "bench.fx", matches = "true")
class TimelineFxBench {
    private static final System.Logger LOG = System.getLogger(TimelineFxBench.class.getName());
    private static final long END = 10_000_000_000L;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void framesPerSecond() throws Exception {
        StringBuilder report = new StringBuilder("\nTimelineView on Monocle (software pipeline), 1152×742 px plot (Monocle's headless screen is 1280×800)\n");
        int[][] cases = {{4, 100_000, 1}, {64, 100_000, 1}, {1_024, 100_000, 1}, {10_000, 100_000, 1},
            {4, 1_000_000, 0}, {64, 1_000_000, 0}, {1_024, 1_000_000, 0}, {10_000, 1_000_000, 0}};
        for (int[] c : cases) {
            report.append(measure(c[0], c[1], c[2] == 1)).append('\n');
        }
        LOG.log(System.Logger.Level.INFO, report.toString());
        System.err.println(report);
    }

    /** Animating: the replay time moves every pulse. Overview: the highlighted task changes every pulse. */
    private String measure(int lanes, int segments, boolean animating) throws Exception {
        TraceSnapshot trace = SyntheticTrace.of(lanes, segments, Math.max(lanes, segments / 10), END, 7);
        CountDownLatch done = new CountDownLatch(1);
        long[] result = new long[3];
        Platform.runLater(() -> {
            view.setTrace(trace);
            new AnimationTimer() {
                private int frame = -30;
                private long first;
                private long paints;

                @Override
                public void handle(long now) {
                    if (frame == 0) {
                        first = now;
                        paints = view.paintCount();
                    }
                    if (animating) {
                        view.replayTimeProperty().set(END * ((frame + 30) % 180 + 1) / 180);
                    } else {
                        view.highlightedTaskProperty().set(frame & 1);
                    }
                    if (++frame == 181) {
                        result[0] = now - first;
                        result[1] = view.paintCount() - paints;
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            return "timed out";
        }
        double seconds = result[0] / 1e9;
        return String.format(Locale.ROOT, "%6d lanes %,10d segments %-9s %5.1f fps (%d paints in %.2f s)",
                lanes, trace.segmentCount(), animating ? "animating" : "overview", result[1] / seconds, result[1], seconds);
    }
}
