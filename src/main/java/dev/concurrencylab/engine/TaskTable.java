package dev.concurrencylab.engine;

import java.util.Arrays;

/**
 * Every task's life at one moment: when it was submitted, started and ended (nanoseconds since the run's
 * origin, -1 where it has not happened yet) and, for a failed task, why. A task the user stopped while it ran
 * ends with the reason {@link #CANCELLED}: it did not fail, it was not run to its end.
 */
public record TaskTable(long[] submitted, long[] started, long[] ended, TaskStatus[] status, String[] failure) {
    /** The reason recorded for a task that ended because its run was stopped. */
    public static final String CANCELLED = "cancelled";

    public static TaskTable empty(int tasks) {
        long[] s = new long[tasks];
        Arrays.fill(s, -1);
        TaskStatus[] st = new TaskStatus[tasks];
        Arrays.fill(st, TaskStatus.PENDING);
        return new TaskTable(s, s.clone(), s.clone(), st, new String[tasks]);
    }

    public int size() {
        return status.length;
    }

    /** The task ended with an error of its own (not because its run was stopped). */
    public boolean failed(int task) {
        return status[task] == TaskStatus.FAILED && !CANCELLED.equals(failure[task]);
    }

    /** The task was under way when its run was stopped: it ended there, not run to its end. */
    public boolean cancelled(int task) {
        return status[task] == TaskStatus.FAILED && CANCELLED.equals(failure[task]);
    }

    /** Tasks that ended with an error of their own. */
    public int failedCount() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (failed(i)) {
                n++;
            }
        }
        return n;
    }

    /** Tasks that neither finished nor failed: never started, still under way, or stopped while they ran. */
    public int notRunCount() {
        return size() - count(TaskStatus.FINISHED) - failedCount();
    }

    public int count(TaskStatus s) {
        int n = 0;
        for (TaskStatus x : status) {
            if (x == s) {
                n++;
            }
        }
        return n;
    }
}
