package dev.concurrencylab.net;

import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.engine.WorkloadProvider;

/** Registers the {@code http} workload with the engine (through {@link java.util.ServiceLoader}). */
public final class HttpWorkloadProvider implements WorkloadProvider {
    @Override
    public boolean supports(WorkloadKind kind) {
        return kind == WorkloadKind.HTTP;
    }

    @Override
    public Workload create(WorkloadConfig config) {
        return new HttpWorkload(config);
    }

    // no check(): the URLs, what the workload's constructor would refuse, are checked when the config is made
}
