package dev.concurrencylab.engine;

import java.util.List;

/** One task of a workload: its steps run in order; the last step's result is the task's result. */
public record LabTask(int id, List<Step> steps) {
    public LabTask {
        steps = List.copyOf(steps);
    }
}
