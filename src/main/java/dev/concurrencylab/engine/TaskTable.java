package dev.concurrencylab.engine;

import java.util.Arrays;

/**
 * Every task's life at one moment: when it was submitted, started and ended (nanoseconds since the run's
 * origin, -1 where it has not happened yet) and, for a failed task, why.
 */
public record TaskTable(long[] submitted, long[] started, long[] ended, TaskStatus[] status, String[] failure) {

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
