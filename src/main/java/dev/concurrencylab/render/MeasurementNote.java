package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunResult;
import java.util.Locale;

/**
 * Says when a run was measured under conditions that distort it: the app's other threads (the window's drawing,
 * the JIT, the GC) took more than a tenth of a core meanwhile, the run's threads got clearly less CPU than they
 * asked for (something took the cores from them), or its interpreter lacked a clock the tracer reads (so less is
 * drawn than usual, and it says what). The window's and the picture's panel headers and the command line's summary
 * show the same words.
 */
public final class MeasurementNote {
    /** Other threads' use above this share of one core is worth saying. */
    static final double OTHER_CORES = 0.10;
    /** A run that got less than this share of the CPU it asked for was slowed down. */
    static final double GOT_SHARE = 0.90;
    /** Below this much CPU asked for, the share is noise (a sleep run's few RUNNING slivers). */
    static final double MIN_ASKED_MS = 50;

    private MeasurementNote() {
    }

    /** The short note for a header, e.g. "other threads used 0.4 cores · got 71 % of its CPU", or "" when undisturbed. */
    public static String of(RunResult r) {
        String other = otherCores(r) > OTHER_CORES
                ? String.format(Locale.ROOT, "other threads used %.1f cores", otherCores(r)) : "";
        String got = starved(r) ? String.format(Locale.ROOT, "got %.0f %% of its CPU", 100 * gotShare(r)) : "";
        String note = other.isEmpty() || got.isEmpty() ? other + got : other + " · " + got;
        String tracer = tracerShort(r);
        return note.isEmpty() || tracer.isEmpty() ? note + tracer : note + " · " + tracer;
    }

    /** "no time.thread_time_ns": the functions the interpreter lacked, from its tracer note; "" for none. */
    private static String tracerShort(RunResult r) {
        if (r.tracerNote() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("no ");
        for (String part : r.tracerNote().split("; (?=\\S+ is missing)")) {
            int at = part.indexOf(" is missing");
            b.append(b.length() > 3 ? ", " : "").append(at > 0 ? part.substring(0, at) : part);
        }
        return b.toString();
    }

    /** What the short note means, in full, for a tooltip or the command line; "" when undisturbed. */
    public static String explain(RunResult r) {
        StringBuilder b = new StringBuilder();
        if (otherCores(r) > OTHER_CORES) {
            b.append(String.format(Locale.ROOT, "While this run was measured, the app's other threads (the window's "
                    + "drawing, the JIT compiler, the garbage collector) used %.2f cores on average.", otherCores(r)));
        }
        if (starved(r)) {
            b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "The run's threads got %.0f %% of the "
                    + "CPU time they asked for (their time running, at most one core each), so something took the "
                    + "cores from them.", 100 * gotShare(r)));
        }
        if (!b.isEmpty()) {
            b.append(" Its times are slower than an undisturbed run's.");
        }
        if (r.tracerNote() != null) {
            b.append(b.isEmpty() ? "" : " ").append("Its interpreter could not be traced in full: ")
                    .append(r.tracerNote()).append('.');
        }
        return b.toString();
    }

    /** "5 of 24 runs disturbed", or "" when none was: for a sweep's model, whose points are many runs. */
    public static String count(java.util.List<RunResult> runs) {
        long n = runs.stream().filter(r -> !of(r).isEmpty()).count();
        return n == 0 ? "" : n + " of " + runs.size() + " runs disturbed";
    }

    private static double otherCores(RunResult r) {
        return r.uiCpuMs() == null || r.wallMs() <= 0 ? 0 : r.uiCpuMs() / r.wallMs();
    }

    private static boolean starved(RunResult r) {
        return r.cpuAskedMs() != null && r.cpuAskedMs() >= MIN_ASKED_MS && gotShare(r) < GOT_SHARE;
    }

    private static double gotShare(RunResult r) {
        return r.cpuMs() / r.cpuAskedMs();
    }
}
