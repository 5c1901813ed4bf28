package dev.concurrencylab.engine;

/** Simulated I/O: wait a while without using a CPU. */
public record SleepRequest(long nanos) implements IoRequest {
    private static final long WARMUP_NANOS = 1_000_000;

    @Override
    public IoRequest forWarmup() {
        return new SleepRequest(Math.min(nanos, WARMUP_NANOS));
    }

    @Override
    public long nominalNanos() {
        return nanos;
    }
}
