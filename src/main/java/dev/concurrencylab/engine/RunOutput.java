package dev.concurrencylab.engine;

/** One run's outcome: the measured result and the complete trace. */
public record RunOutput(RunResult result, TraceSnapshot trace) {
}
