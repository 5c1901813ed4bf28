package dev.concurrencylab.engine;

/** One part of a task: CPU work on the current thread, or an I/O wait. */
public sealed interface Step {
    record Cpu(CpuWork work) implements Step {
    }

    record Io(IoRequest request) implements Step {
    }
}
