package dev.concurrencylab.engine;

/** One I/O wait, described; an {@link IoSession} performs it, blocking or not. */
public interface IoRequest {
    /** The same kind of request, but short, for an untimed warm-up. */
    IoRequest forWarmup();

    /** The wait this request is designed to take, in nanoseconds (for the ideal bound). */
    long nominalNanos();
}
