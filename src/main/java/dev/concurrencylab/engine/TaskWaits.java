package dev.concurrencylab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The waits a workload's tasks are designed to take, task by task (jitter included), for the ideal bound.
 *
 * @param waitsMs             each task's I/O waits summed, longest first
 * @param shortestBeforeCpuMs the shortest wait a task with CPU work has before its first CPU step
 * @param shortestAfterCpuMs  the shortest wait a task with CPU work has after its last CPU step
 * @param anyCpu              some task has a CPU step
 */
record TaskWaits(double[] waitsMs, double shortestBeforeCpuMs, double shortestAfterCpuMs, boolean anyCpu) {
    private static final double NANOS_PER_MS = 1e6;

    static TaskWaits of(List<LabTask> tasks) {
        double[] waits = new double[tasks.size()];
        double before = Double.MAX_VALUE;
        double after = Double.MAX_VALUE;
        boolean anyCpu = false;
        for (int i = 0; i < tasks.size(); i++) {
            long total = 0;
            long head = 0;
            long tail = 0;
            boolean cpu = false;
            for (Step s : tasks.get(i).steps()) {
                if (s instanceof Step.Io io) {
                    long ns = io.request().nominalNanos();
                    total += ns;
                    tail += ns;
                    if (!cpu) {
                        head += ns;
                    }
                } else {
                    cpu = true;
                    tail = 0;
                }
            }
            waits[i] = total / NANOS_PER_MS;
            if (cpu) {
                anyCpu = true;
                before = Math.min(before, head / NANOS_PER_MS);
                after = Math.min(after, tail / NANOS_PER_MS);
            }
        }
        Arrays.sort(waits);
        for (int i = 0, j = waits.length - 1; i < j; i++, j--) {
            double t = waits[i];
            waits[i] = waits[j];
            waits[j] = t;
        }
        return new TaskWaits(waits, anyCpu ? before : 0, anyCpu ? after : 0, anyCpu);
    }

    double totalMs() {
        double sum = 0;
        for (double w : waitsMs) {
            sum += w;
        }
        return sum;
    }

    /**
     * With at most {@code concurrency} tasks at once, of the k·concurrency + 1 longest waits some slot holds
     * k + 1, one after another, each at least as long as the shortest of them: the best such bound over k. For
     * k = 0 it is the longest single wait.
     */
    double slotBoundMs(int concurrency) {
        double best = 0;
        for (int k = 0; (long) k * concurrency < waitsMs.length; k++) {
            best = Math.max(best, (k + 1) * waitsMs[k * concurrency]);
        }
        return best;
    }
}
