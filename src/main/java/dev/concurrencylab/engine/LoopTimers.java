package dev.concurrencylab.engine;

/** Timers of an event loop: the action runs on the loop thread after the delay. */
public interface LoopTimers {
    void schedule(long delayNanos, Runnable action);
}
