package dev.concurrencylab.engine;

import java.util.ServiceLoader;

/** Makes a workload from its config; kinds beyond the local ones come from a {@link WorkloadProvider}. */
public final class Workloads {
    private Workloads() {
    }

    /** Builds every task now, so bad input (an unreadable file, say) is reported before anything runs. */
    public static Workload create(WorkloadConfig config) {
        return switch (config.kind()) {
            case CPU_REGEX, CPU_HASH, SLEEP, MIXED -> new LocalWorkload(config);
            default -> {
                for (WorkloadProvider p : ServiceLoader.load(WorkloadProvider.class)) {
                    if (p.supports(config.kind())) {
                        yield p.create(config);
                    }
                }
                throw new ConfigException("workload", "'" + config.kind() + "' is not available in this build");
            }
        };
    }
}
