package dev.concurrencylab.engine;

/** A read-only, indexable sequence of segments; times are nanoseconds since the run's origin. */
public interface Segments {
    int size();

    long start(int i);

    long end(int i);

    /** The task a segment belongs to, or -1 where it belongs to none (e.g. an idle event loop). */
    int task(int i);

    State state(int i);

    Segments EMPTY = ArraySegments.builder(0).build();
}
