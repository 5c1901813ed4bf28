package dev.concurrencylab.findings;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code no-gain}: in a comparison with a sequential run, another model that was less than
 * {@link Thresholds#noGainSpeedUp()} times faster, with the likely reason taken from that run's own findings.
 */
final class NoGain {
    /** The findings that explain a lack of speed-up, in the order they are preferred as the reason. */
    private static final List<FindingKind> CAUSES = List.of(FindingKind.GIL_CONTENTION,
            FindingKind.CONNECTION_POOL_WAIT, FindingKind.LOOP_BLOCKED, FindingKind.SPAWN_COST,
            FindingKind.OVERSUBSCRIBED, FindingKind.IPC_COST, FindingKind.TAIL_IMBALANCE, FindingKind.FAILURES);
    /** Causes named at most. */
    private static final int NAMED = 2;

    private NoGain() {
    }

    static Optional<Finding> find(RunResult sequential, RunResult run, List<Finding> found, Thresholds limits) {
        if (run.model() == ModelKind.SEQUENTIAL || sequential.cancelled() || run.cancelled() || run.wallMs() <= 0
                || sequential.wallMs() <= 0) {
            return Optional.empty();
        }
        double speedUp = sequential.wallMs() / run.wallMs();
        if (speedUp >= limits.noGainSpeedUp()) {
            return Optional.empty();
        }
        String message = run.label() + " took " + Amounts.duration(run.wallMs()) + " against sequential's "
                + Amounts.duration(sequential.wallMs()) + " (" + String.format(java.util.Locale.ROOT, "%.2f×", speedUp)
                + "), no real gain: " + reason(run, found);
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("speedUp", speedUp);
        values.put("wallMs", run.wallMs());
        values.put("sequentialMs", sequential.wallMs());
        return Optional.of(new Finding(FindingKind.NO_GAIN, Severity.WARNING, message, 0,
                Math.round(run.wallMs() * 1e6), List.of(), List.of(), values));
    }

    private static String reason(RunResult run, List<Finding> found) {
        List<String> named = new java.util.ArrayList<>();
        for (FindingKind cause : CAUSES) {
            if (named.size() < NAMED && found.stream().anyMatch(f -> f.kind() == cause)) {
                named.add(because(cause) + " (see " + cause.id() + ")");
            }
        }
        if (!named.isEmpty()) {
            return "likely " + String.join(", and ", named);
        }
        if (run.workload().usesCpu() && (run.workers() == 1 || run.model() == ModelKind.EVENTLOOP)) {
            return "it runs the CPU work on one thread";
        }
        if (run.cores() == 1) {
            return "this machine has one core";
        }
        return "the trace shows no single cause";
    }

    private static String because(FindingKind cause) {
        return switch (cause) {
            case GIL_CONTENTION -> "because the GIL let one thread compute at a time";
            case CONNECTION_POOL_WAIT -> "because requests queued for the pooled connections";
            case LOOP_BLOCKED -> "because the event loop computed on its one thread while waits were over";
            case OVERSUBSCRIBED -> "because more threads than cores took turns on them";
            case SPAWN_COST -> "because starting the worker processes took a large share";
            case IPC_COST -> "because passing messages between the processes took a large share";
            case TAIL_IMBALANCE -> "because a few workers were left working at the end";
            default -> "because tasks failed";
        };
    }
}
