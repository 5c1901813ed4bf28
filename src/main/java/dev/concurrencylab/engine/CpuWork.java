package dev.concurrencylab.engine;

/** CPU-bound work; it must call {@link Checkpoint#poll()} regularly (every few microseconds). */
@FunctionalInterface
public interface CpuWork {
    Object run(Checkpoint checkpoint);
}
