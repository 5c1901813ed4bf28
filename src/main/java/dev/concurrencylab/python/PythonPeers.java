package dev.concurrencylab.python;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.Workload;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.Workloads;

/**
 * The untraced peers of the CPython models: the same Python program on the same tasks in the same interpreter,
 * with nothing recorded, timed by the driver itself (a plain loop, a ThreadPoolExecutor's map, a Pool's map
 * including its start-up, an asyncio gather). What tracing costs is the difference (see {@code bench}).
 */
public final class PythonPeers {
    private PythonPeers() {
    }

    /**
     * An untraced run's times in milliseconds: wall, and CPU of the interpreter (its pool's processes included);
     * the interpreter's start-up is in neither.
     */
    public record Peer(double wallMs, double cpuMs) {
    }

    public static Peer run(ModelKind model, WorkloadConfig config, ModelSettings settings) throws InterruptedException {
        CPythonModel m = new CPythonModel(model);
        try (Workload w = Workloads.create(config)) {
            return m.plain(settings, w.tasks(), new CancelToken());
        } finally {
            m.close();
        }
    }
}
