package dev.concurrencylab.engine;

/**
 * Makes workloads of kinds the engine does not build itself (found through {@link java.util.ServiceLoader}),
 * such as {@code http}.
 */
public interface WorkloadProvider {
    boolean supports(WorkloadKind kind);

    Workload create(WorkloadConfig config);

    /** Checks what {@link #create} would refuse, without starting anything; throws a {@link ConfigException}. */
    default void check(WorkloadConfig config) {
    }
}
