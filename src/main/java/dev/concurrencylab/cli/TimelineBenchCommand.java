package dev.concurrencylab.cli;

import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.render.LaneMode;
import dev.concurrencylab.render.LaneRaster;
import dev.concurrencylab.render.LaneSet;
import dev.concurrencylab.render.Palette;
import dev.concurrencylab.render.PixelRegion;
import dev.concurrencylab.render.SyntheticTrace;
import dev.concurrencylab.render.TimeWindow;
import dev.concurrencylab.render.UtilisationStrip;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-timeline}: frames per second of the timeline's painting path (lanes into an int buffer plus the
 * utilisation strip) — the work a {@code TimelineView} does once per pulse, without a display.
 */
@Command(name = "bench-timeline", mixinStandardHelpOptions = true,
        description = "Measure the timeline painting path: 100,000 segments while animating, 1,000,000 in the overview, "
                + "at 4, 64, 1,024 and 10,000 lanes.")
final class TimelineBenchCommand implements Callable<Integer> {
    private static final long END = 10_000_000_000L;
    private static final double TARGET_MS = 1000.0 / 60;

    @Option(names = "--width", defaultValue = "1600", description = "plot width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "plot height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--frames", defaultValue = "120", description = "frames timed per case (default: ${DEFAULT-VALUE})")
    int frames;

    @Override
    public Integer call() {
        System.out.printf(Locale.ROOT, "Timeline painting — Java %s, %d cores, plot %d×%d px, %d frames per case%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), width, height, frames);
        System.out.printf(Locale.ROOT, "%-8s %6s %10s %10s %8s %8s %8s %6s %s%n",
                "view", "lanes", "segments", "case", "mean ms", "p95 ms", "cpu ms", "fps", "verdict");
        int[] lanes = {4, 64, 1_024, 10_000};
        for (int n : lanes) {
            measure(LaneMode.THREADS, n, 100_000, true);
            measure(LaneMode.THREADS, n, 1_000_000, false);
        }
        // The task view of a 64-thread trace: a lane per task (10,000), built from all thread lanes.
        measure(LaneMode.TASKS, 64, 100_000, true);
        measure(LaneMode.TASKS, 64, 1_000_000, false);
        System.out.println("fps = 1000 / mean wall time per frame (painting only; a 60 Hz screen caps real frames at 60);");
        System.out.println("cpu ms = this thread's CPU time per frame, less disturbed by other processes than wall time.");
        return 0;
    }

    /**
     * Times frames of one case. Animating: the replay time advances every frame over the whole trace, so each
     * frame paints different content. Overview: the whole trace, repainted as on resize or hover.
     */
    private void measure(LaneMode mode, int lanes, int segments, boolean animating) {
        int tasks = mode == LaneMode.TASKS ? 10_000 : Math.max(lanes, segments / 10);
        TraceSnapshot trace = SyntheticTrace.of(lanes, segments, tasks, END, 42);
        long built = System.nanoTime();
        LaneSet set = LaneSet.of(trace, mode);
        double buildMs = (System.nanoTime() - built) / 1e6;
        int stripHeight = 36;
        int[] pixels = new int[width * (height + stripHeight)];
        PixelRegion lanesRegion = new PixelRegion(pixels, width, 0, 0, width, height);
        PixelRegion stripRegion = new PixelRegion(pixels, width, 0, height, width, stripHeight);
        LaneRaster raster = new LaneRaster(Palette.LIGHT, 1);
        UtilisationStrip strip = new UtilisationStrip(Palette.LIGHT, 1);
        TimeWindow window = TimeWindow.fit(END);
        int warmup = Math.max(20, frames / 4);
        double[] ms = new double[frames];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = 0;
        for (int f = -warmup; f < frames; f++) {
            long replay = animating ? END * ((f + warmup) % frames + 1) / frames : -1;
            if (f == 0) {
                cpu0 = threads.getCurrentThreadCpuTime();
            }
            long t0 = System.nanoTime();
            raster.paint(lanesRegion, set, window, replay, -1);
            strip.paint(stripRegion, raster, 8);
            if (f >= 0) {
                ms[f] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / frames;
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        double p95 = ms[Math.min(frames - 1, (int) Math.ceil(frames * 0.95) - 1)];
        System.out.printf(Locale.ROOT, "%-8s %6d %,10d %10s %8.2f %8.2f %8.2f %6.0f %s%s%n",
                mode.name().toLowerCase(Locale.ROOT), set.size(), trace.segmentCount(), animating ? "animating" : "overview",
                mean, p95, cpuMs, 1000 / mean, p95 <= TARGET_MS ? "PASS ≥ 60 fps" : "FAIL < 60 fps",
                mode == LaneMode.TASKS ? String.format(Locale.ROOT, " (task lanes built once in %.0f ms)", buildMs) : "");
    }
}
