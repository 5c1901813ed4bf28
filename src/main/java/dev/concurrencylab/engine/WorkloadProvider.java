package dev.concurrencylab.engine;

/**
 * Makes workloads of kinds the engine does not build itself (found through {@link java.util.ServiceLoader}),
 * such as {@code http}.
 */
public interface WorkloadProvider {
    boolean supports(WorkloadKind kind);

    Workload create(WorkloadConfig config);
}
