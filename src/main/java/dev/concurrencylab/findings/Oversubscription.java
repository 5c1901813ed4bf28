package dev.concurrencylab.findings;

import dev.concurrencylab.engine.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code oversubscribed}: more lanes RUNNING than the machine has cores for at least
 * {@link Thresholds#oversubscribedShare()} of the run (the threads then take turns on the cores and workers past
 * the core count add nothing), or, where the trace has READY segments, threads ready to run but waiting for a core
 * or a carrier thread for that share of their time. An event loop's READY tasks wait for the loop, which is
 * {@link LoopBlocking}'s finding.
 */
final class Oversubscription implements Detector {
    /** Averages over a slice carry rounding; a slice counts as over the cores only clearly above them. */
    private static final double SLACK = 0.05;

    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        if (run.eventLoop() || run.threads.isEmpty()) {
            return Optional.empty();
        }
        int cores = run.result.cores();
        long over = run.nanosAbove(run.running, cores + SLACK);
        double overShare = over / (double) run.activeSpan();
        long ready = run.nanos(State.READY);
        double readyShare = ready / (double) Math.max(1, run.threadTime());
        boolean crowded = overShare >= limits.oversubscribedShare();
        boolean waiting = readyShare >= limits.oversubscribedShare();
        if (!crowded && !waiting) {
            return Optional.empty();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("cores", (double) cores);
        StringBuilder m = new StringBuilder();
        long start;
        long end;
        List<Integer> lanes;
        if (crowded) {
            int threads = run.laneCount(State.RUNNING);
            double mean = meanAbove(run, cores + SLACK);
            m.append(Amounts.count(threads, run.laneNoun())).append(" RUNNING on ").append(Amounts.count(cores, "core"))
                    .append(" for ").append(Amounts.percent(overShare)).append(" of the run (")
                    .append(Amounts.decimal(mean)).append(" at a time on average): they take turns on the cores, so "
                            + "workers past ").append(cores).append(" add no speed");
            values.put("threads", (double) threads);
            values.put("overPercent", overShare * 100);
            values.put("meanRunning", mean);
            int[] bins = firstAndLastAbove(run, cores + SLACK);
            start = run.binStart(bins[0]);
            end = Math.min(run.trace.endNanos(), run.binStart(bins[1] + 1));
            lanes = run.lanesIn(State.RUNNING);
        } else {
            m.append("Threads were ready to run but waited for a core or a carrier thread ");
            long[] span = run.spanOf(State.READY);
            start = span[0];
            end = span[1];
            lanes = run.lanesIn(State.READY);
        }
        if (waiting) {
            m.append(crowded ? "; threads were also READY, waiting to run, " : "")
                    .append(Amounts.percent(readyShare)).append(" of their time (")
                    .append(Amounts.durationNanos(ready)).append(" in all)");
            values.put("readyPercent", readyShare * 100);
            values.put("readyMs", ready / 1e6);
        }
        return Optional.of(new Finding(FindingKind.OVERSUBSCRIBED, Severity.WARNING, m.toString(), start, end, lanes,
                List.of(), values));
    }

    private static double meanAbove(RunProfile run, double level) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < run.bins; c++) {
            if (run.running[c] > level) {
                sum += run.running[c];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static int[] firstAndLastAbove(RunProfile run, double level) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < run.bins; c++) {
            if (run.running[c] > level) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        return new int[] {first, last};
    }
}
