package dev.concurrencylab.engine;

/**
 * Called by CPU work every few microseconds. It is where a run can be cancelled and where an emulated
 * GIL can be handed over, just as CPython checks for both between bytecodes.
 */
@FunctionalInterface
public interface Checkpoint {
    void poll();

    Checkpoint NONE = () -> { };
}
