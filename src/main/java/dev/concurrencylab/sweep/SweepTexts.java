package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ModelKind;
import java.util.List;
import java.util.Locale;

/** The words and numbers a sweep is described with, the same in the window, the PNG and the command line. */
public final class SweepTexts {
    private SweepTexts() {
    }

    /** What the fitted laws say about a model's curve, or why there is no fit. */
    public static String fits(ModelCurve c) {
        if (!c.fitted()) {
            return c.note();
        }
        UslFit u = c.usl();
        StringBuilder b = new StringBuilder();
        if (c.note() != null) {
            b.append(c.note()).append(" — ");
        }
        b.append(String.format(Locale.ROOT, "USL α %.3f, β %s", u.alpha(), small(u.beta())));
        if (u.peakWorkers() != null) {
            b.append(String.format(Locale.ROOT, ", peak N* ≈ %s", u.peakWorkers() >= 100
                    ? String.format(Locale.ROOT, "%.0f", u.peakWorkers())
                    : String.format(Locale.ROOT, "%.1f", u.peakWorkers())));
        } else if (c.note() == null) {
            b.append(", no peak");
        }
        b.append(String.format(Locale.ROOT, ", R² %.2f · Amdahl s %.2f (R² %.2f)", u.r2(),
                c.amdahl().serialFraction(), c.amdahl().r2()));
        return b.toString();
    }

    /** β is often tiny: 0, 0.0031, 1.2e-05. */
    static String small(double v) {
        if (v == 0) {
            return "0";
        }
        return v >= 0.001 ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.1e", v);
    }

    /** The x axis' title for these models: workers, tasks in flight, or both. */
    public static String countAxis(List<ModelKind> models) {
        boolean inFlight = models.stream().anyMatch(ModelKind::usesMaxInFlight);
        boolean workers = models.stream().anyMatch(m -> !m.usesMaxInFlight());
        if (inFlight && !workers) {
            return "tasks in flight";
        }
        return inFlight ? "workers (tasks in flight for virtual and eventloop)" : "workers";
    }

    /** "point 7 of 18: pool, 4 workers, repeat 2 of 3". */
    public static String progress(int index, int total, SweepPlan.Step step, int repeats) {
        return String.format(Locale.ROOT, "point %d of %d: %s, %s, repeat %d of %d", index + 1, total,
                step.model().id(), SweepPlan.countName(step.model().kind(), step.workers()), step.repeat(), repeats);
    }
}
