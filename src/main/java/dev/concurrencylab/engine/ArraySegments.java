package dev.concurrencylab.engine;

import java.util.Arrays;

/** Segments in plain arrays: what a file or another process hands over. */
public final class ArraySegments implements Segments {
    private final long[] start;
    private final long[] end;
    private final int[] task;
    private final byte[] state;
    private final int size;

    private ArraySegments(long[] start, long[] end, int[] task, byte[] state, int size) {
        this.start = start;
        this.end = end;
        this.task = task;
        this.state = state;
        this.size = size;
    }

    public static Builder builder(int capacity) {
        return new Builder(Math.max(capacity, 1));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long start(int i) {
        return start[i];
    }

    @Override
    public long end(int i) {
        return end[i];
    }

    @Override
    public int task(int i) {
        return task[i];
    }

    @Override
    public State state(int i) {
        return State.of(state[i]);
    }

    /** Collects segments in order; not thread-safe. */
    public static final class Builder {
        private long[] start;
        private long[] end;
        private int[] task;
        private byte[] state;
        private int size;

        private Builder(int capacity) {
            start = new long[capacity];
            end = new long[capacity];
            task = new int[capacity];
            state = new byte[capacity];
        }

        public Builder add(State s, int taskId, long startNanos, long endNanos) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                task = Arrays.copyOf(task, n);
                state = Arrays.copyOf(state, n);
            }
            start[size] = startNanos;
            end[size] = endNanos;
            task[size] = taskId;
            state[size] = (byte) s.ordinal();
            size++;
            return this;
        }

        public ArraySegments build() {
            return new ArraySegments(start, end, task, state, size);
        }
    }
}
