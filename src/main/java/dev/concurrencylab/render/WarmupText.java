package dev.concurrencylab.render;

import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WarmupSplit;
import dev.concurrencylab.findings.Amounts;
import java.util.Locale;

/** A run's warm-up split as one line, the same in the window's summary, the PNG and the command line's. */
public final class WarmupText {
    /** What the split measures, for a tooltip. */
    public static final String MEANING = "the mean start-to-end time of the first " + WarmupSplit.PERCENT
            + " % of the tasks to start, against the rest, and the very first task's: what a JIT's warming up cost, "
            + "and the steady speed after";

    private WarmupText() {
    }

    /**
     * "first 5 % (50 tasks) 1.9 ms each, the rest 0.71 ms each: 2.70× · first task 4.2 ms", or null where the run
     * has no split.
     */
    public static String line(RunResult r) {
        WarmupSplit w = r.warmupSplit();
        if (w == null) {
            return null;
        }
        return String.format(Locale.ROOT, "first %d %% (%d %s) %s each, the rest %s each: %.2f× · first task %s",
                WarmupSplit.PERCENT, w.firstTasks(), w.firstTasks() == 1 ? "task" : "tasks",
                Amounts.duration(w.firstMs()), Amounts.duration(w.restMs()), w.ratio(),
                Amounts.duration(w.firstTaskMs()));
    }

    /**
     * "1st task 4.2 ms, first 5 % 1.9 ms/task, rest 0.71 ms": short, for the picture's summary; null where the run
     * has no split.
     */
    public static String compact(RunResult r) {
        WarmupSplit w = r.warmupSplit();
        return w == null ? null : String.format(Locale.ROOT, "1st task %s, first %d %% %s/task, rest %s",
                Amounts.duration(w.firstTaskMs()), WarmupSplit.PERCENT, Amounts.duration(w.firstMs()),
                Amounts.duration(w.restMs()));
    }
}
