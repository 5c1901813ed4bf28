package dev.concurrencylab.engine;

import java.util.List;
import java.util.Locale;

/**
 * An inequality a lesson relies on, written down beside its experiment and checked against a comparison's
 * results: either a speed-up (the wall time of {@code over} ÷ the wall time of {@code model}) or, without
 * {@code over}, the model's efficiency (ideal bound ÷ wall time), within {@code atLeast} and {@code atMost}.
 * A check that needs parallel hardware names the cores it needs: on a machine with fewer it is skipped, not
 * failed (on more it is held to the same limits, which more cores only make easier for the parallel models).
 *
 * @param model    the model judged (a CPython model in its own interpreter is its own entry: cpython-sequential@pypy3)
 * @param over     a speed-up's baseline model, or null for an efficiency check
 * @param atLeast  the lowest value the lesson allows, or null
 * @param atMost   the highest value the lesson allows, or null
 * @param minCores the check applies on machines with at least this many cores; 1 applies everywhere
 */
public record LessonCheck(ModelEntry model, ModelEntry over, Double atLeast, Double atMost, int minCores) {
    public static final double MAX_LIMIT = 1e6;

    public LessonCheck {
        if (model == null) {
            throw new ConfigException("model", "names no model; allowed: " + ModelKind.allowed());
        }
        if (model.equals(over)) {
            throw new ConfigException("over", "compares " + model.id() + " with itself");
        }
        if (atLeast == null && atMost == null) {
            throw new ConfigException("atLeast", "give atLeast, atMost or both");
        }
        if (atLeast != null) {
            ConfigException.requireRange("atLeast", atLeast, 0.0, MAX_LIMIT);
        }
        if (atMost != null) {
            ConfigException.requireRange("atMost", atMost, 0.0, MAX_LIMIT);
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            throw new ConfigException("atMost", "must not be below atLeast (" + atLeast + "), was " + atMost);
        }
        ConfigException.requireRange("minCores", minCores, 1, ModelSettings.MAX_WORKERS);
    }

    /** {@code model} is at least {@code times} as fast as {@code over}. */
    public static LessonCheck fasterThan(ModelEntry model, ModelEntry over, double times, int minCores) {
        return new LessonCheck(model, over, times, null, minCores);
    }

    /** The same for models in the comparison's interpreter. */
    public static LessonCheck fasterThan(ModelKind model, ModelKind over, double times, int minCores) {
        return fasterThan(ModelEntry.of(model), ModelEntry.of(over), times, minCores);
    }

    /** True for a speed-up check, false for an efficiency check. */
    public boolean isSpeedUp() {
        return over != null;
    }

    /** The models the check reads. */
    public List<ModelEntry> models() {
        return over == null ? List.of(model) : List.of(model, over);
    }

    /** For example "pool ≥ 1.60× sequential (on ≥ 2 cores)" or "virtual efficiency ≥ 0.80". */
    public String describe() {
        String unit = isSpeedUp() ? "×" : "";
        String limits;
        if (atLeast != null && atMost != null) {
            limits = number(atLeast) + unit + " to " + number(atMost) + unit;
        } else if (atLeast != null) {
            limits = "≥ " + number(atLeast) + unit;
        } else {
            limits = "≤ " + number(atMost) + unit;
        }
        String what = isSpeedUp() ? model.id() + " " + limits + " " + over.id()
                : model.id() + " efficiency " + limits;
        return what + (minCores > 1 ? " (on ≥ " + minCores + " cores)" : "");
    }

    /** Judges this check on one comparison's results. */
    public Outcome evaluate(List<RunResult> results) {
        RunResult r = find(results, model);
        RunResult base = over == null ? null : find(results, over);
        if (r == null || (over != null && base == null)) {
            return new Outcome(this, Verdict.SKIPPED, Double.NaN, "not run: "
                    + (r == null ? model.id() : over.id()));
        }
        if (r.cores() < minCores) {
            return new Outcome(this, Verdict.SKIPPED, Double.NaN, "needs " + minCores + " cores, ran on " + r.cores());
        }
        for (RunResult x : base == null ? List.of(r) : List.of(r, base)) {
            if (x.cancelled()) {
                return new Outcome(this, Verdict.FAILED, Double.NaN, x.label() + " was stopped");
            }
            if (x.errors() > 0) {
                return new Outcome(this, Verdict.FAILED, Double.NaN, x.label() + ": " + x.errors() + " failed tasks");
            }
        }
        double v = base == null ? r.efficiency() : r.wallMs() > 0 ? base.wallMs() / r.wallMs() : Double.NaN;
        boolean held = !Double.isNaN(v) && (atLeast == null || v >= atLeast) && (atMost == null || v <= atMost);
        return new Outcome(this, held ? Verdict.HELD : Verdict.FAILED, v, "");
    }

    private static RunResult find(List<RunResult> results, ModelEntry m) {
        return results.stream().filter(x -> x.entry().equals(m)).findFirst().orElse(null);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Whether a check held, failed, or could not be judged here. */
    public enum Verdict { HELD, FAILED, SKIPPED }

    /**
     * One check judged.
     *
     * @param value  the speed-up or efficiency measured; NaN where there is none
     * @param reason why it was skipped or could not hold, or ""
     */
    public record Outcome(LessonCheck check, Verdict verdict, double value, String reason) {
        /** For example "held    pool ≥ 1.60× sequential: 1.93×". */
        public String text() {
            String measured = Double.isNaN(value) ? reason
                    : String.format(Locale.ROOT, "%.2f%s", value, check.isSpeedUp() ? "×" : "");
            return String.format(Locale.ROOT, "%-7s %s: %s", verdict.name().toLowerCase(Locale.ROOT),
                    check.describe(), measured);
        }
    }
}
