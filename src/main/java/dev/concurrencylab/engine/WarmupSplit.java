package dev.concurrencylab.engine;

import java.util.Arrays;

/**
 * A run's first tasks against the rest: the mean start-to-end time of the first {@value #PERCENT} % of the tasks
 * to start, and of the others. A JIT (PyPy's; the JVM's without a warm-up; a fresh pool worker's) compiles while
 * the first ones run, so this shows what warming up cost and the steady speed after it, side by side.
 *
 * @param firstTasks  how many tasks count as the first: {@value #PERCENT} % of those that finished, rounded up
 * @param firstMs     their mean start-to-end time, in milliseconds
 * @param restMs      the mean of the other finished tasks
 * @param firstTaskMs the very first task's time: where a JIT compiles within one task (PyPy's regex does), the
 *                    cost shows here and is diluted in the mean of the first 5 %
 */
public record WarmupSplit(int firstTasks, double firstMs, double restMs, double firstTaskMs) {
    public static final int PERCENT = 5;
    /** Fewer finished tasks say nothing about a rest: 20 is the fewest with one first task and 19 after it. */
    public static final int MIN_TASKS = 100 / PERCENT;

    public WarmupSplit {
        if (firstTasks < 1 || !(firstMs >= 0) || !(restMs >= 0) || !(firstTaskMs >= 0)) {
            throw new IllegalArgumentException("a warm-up split of " + firstTasks + " tasks, " + firstMs + ", "
                    + restMs + " and " + firstTaskMs + " ms");
        }
    }

    /** The split of a finished run's CPU work; null for work without CPU or fewer than {@value #MIN_TASKS} tasks. */
    static WarmupSplit of(WorkloadKind workload, TaskTable t) {
        if (!workload.usesCpu()) {
            return null;
        }
        long[][] done = new long[t.size()][];
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.status()[i] == TaskStatus.FINISHED && t.started()[i] >= 0 && t.ended()[i] >= t.started()[i]) {
                done[n++] = new long[] {t.started()[i], t.ended()[i] - t.started()[i]};
            }
        }
        if (n < MIN_TASKS) {
            return null;
        }
        long[][] byStart = Arrays.copyOf(done, n);
        Arrays.sort(byStart, (a, b) -> Long.compare(a[0], b[0]));
        int first = (int) Math.ceil(n * PERCENT / 100.0);
        return new WarmupSplit(first, meanMs(byStart, 0, first), meanMs(byStart, first, n), meanMs(byStart, 0, 1));
    }

    private static double meanMs(long[][] tasks, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += tasks[i][1];
        }
        return Math.round(sum / 1e3 / (to - from)) / 1e3;
    }

    /** How many times longer a first task took than a later one (1.0: no warming up seen). */
    public double ratio() {
        return restMs > 0 ? firstMs / restMs : 1.0;
    }
}
