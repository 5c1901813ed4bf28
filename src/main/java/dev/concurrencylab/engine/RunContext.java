package dev.concurrencylab.engine;

import java.util.List;

/** Everything a model needs for one run; immutable. */
public record RunContext(ModelKind model, List<LabTask> tasks, TraceRecorder trace, IoSession io,
                         ModelSettings settings, CancelToken cancel) {
}
