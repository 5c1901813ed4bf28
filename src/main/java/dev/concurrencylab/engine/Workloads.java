package dev.concurrencylab.engine;

import java.util.ServiceLoader;

/** Makes a workload from its config; kinds beyond the local ones come from a {@link WorkloadProvider}. */
public final class Workloads {
    private Workloads() {
    }

    /**
     * Refuses what {@link #create} would refuse, with the same checks, but builds nothing and starts nothing: so
     * {@code validate} and {@code compare} agree on what is valid.
     */
    public static void check(WorkloadConfig config) {
        switch (config.kind()) {
            case CPU_REGEX -> {
                if (config.inputFile() != null) {
                    RegexInputs.read(config.inputFile());
                }
            }
            case CPU_HASH, SLEEP, MIXED -> {
                // generated from the config, which its record has checked
            }
            default -> provider(config.kind()).check(config);
        }
    }

    private static WorkloadProvider provider(WorkloadKind kind) {
        for (WorkloadProvider p : ServiceLoader.load(WorkloadProvider.class)) {
            if (p.supports(kind)) {
                return p;
            }
        }
        throw new ConfigException("workload", "'" + kind + "' is not available in this build");
    }

    /** Builds every task now, so bad input (an unreadable file, say) is reported before anything runs. */
    public static Workload create(WorkloadConfig config) {
        return switch (config.kind()) {
            case CPU_REGEX, CPU_HASH, SLEEP, MIXED -> new LocalWorkload(config);
            default -> provider(config.kind()).create(config);
        };
    }
}
