package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.render.MeasurementNote;
import dev.concurrencylab.sweep.CurvePoint;
import dev.concurrencylab.sweep.ModelCurve;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepResult;
import dev.concurrencylab.sweep.SweepTexts;
import java.util.Locale;

/** The readable summary of a sweep: per model and count the median and range, then the fitted laws. */
final class SweepSummary {
    private SweepSummary() {
    }

    static String format(String title, SweepResult sweep) {
        StringBuilder b = new StringBuilder(title).append('\n');
        // a model in its own interpreter has a longer name: the column grows with it
        int width = Math.max(16, sweep.analysis().curves().stream().mapToInt(c -> c.model().id().length()).max()
                .orElse(0));
        b.append(String.format(Locale.ROOT, "%-" + width + "s %9s %5s %10s %26s %22s%n", "model", "count", "runs",
                "wall", "throughput/s (min–max)", "speed-up (min–max)"));
        for (ModelCurve c : sweep.analysis().curves()) {
            for (CurvePoint p : c.points()) {
                b.append(String.format(Locale.ROOT, "%-" + width + "s %9s %5d %10s %26s %22s%n", c.model().id(),
                        p.workers() + (c.model().kind().usesMaxInFlight() ? " fl" : ""), p.runs(), SummaryTable.ms(p.wallMs()),
                        String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", p.throughput(), p.minThroughput(),
                                p.maxThroughput()),
                        String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", p.speedup(), p.minSpeedup(), p.maxSpeedup())));
            }
        }
        if (sweep.config().kinds().stream().anyMatch(ModelKind::usesMaxInFlight)) {
            b.append("(fl: tasks in flight, the count swept for virtual and eventloop)\n");
        }
        for (ModelCurve c : sweep.analysis().curves()) {
            b.append(c.model().id()).append(": ").append(SweepTexts.fits(c)).append('\n');
            String disturbed = MeasurementNote.count(sweep.points().stream().filter(p -> p.model().equals(c.model()))
                    .map(p -> p.result()).toList());
            if (!disturbed.isEmpty()) {
                b.append(c.model().id()).append(": ").append(disturbed).append(" (other threads took CPU, or the "
                        + "run's threads got under 90 % of the CPU they asked for): their times are slower\n");
            }
        }
        if (sweep.analysis().little() != null) {
            b.append(String.format(Locale.ROOT, "Little's law: throughput = min(N, %d) ÷ %.1f ms%n",
                    sweep.analysis().little().tasks(), sweep.analysis().little().meanLatencyMs()));
        }
        return b.toString();
    }

    /** The line printed on stderr as a run ends. */
    static String progress(int index, int total, SweepPlan.Step step, int repeats, double wallMs) {
        return "[" + (index + 1) + "/" + total + "] " + step.model().id() + ", "
                + SweepPlan.countName(step.model().kind(), step.workers()) + ", repeat " + step.repeat() + " of " + repeats + ": "
                + SummaryTable.ms(wallMs);
    }
}
