package dev.concurrencylab.engine;

import java.util.Arrays;

/**
 * An append-only store of segments written by one thread and readable by any other while it grows.
 *
 * <p>Entries live in chunks that double in size and are never moved, so a reader that has seen a count
 * can read every entry below it without a lock: the writer fills an entry, then publishes the new
 * count through a volatile write.
 */
final class SegmentBuffer {
    private static final int FIRST_CHUNK_BITS = 5; // 32 entries
    private static final int FIRST_CHUNK = 1 << FIRST_CHUNK_BITS;

    /** One chunk: parallel arrays, so a million segments cost no million objects. */
    static final class Chunk {
        final long[] start;
        final long[] end;
        final int[] task;
        final byte[] state;

        Chunk(int size) {
            start = new long[size];
            end = new long[size];
            task = new int[size];
            state = new byte[size];
        }
    }

    private volatile Chunk[] chunks = new Chunk[4];
    private volatile int count;
    private Chunk current;
    private int currentIndex = -1;
    private int offset;

    /** Appends one segment; only the owning thread calls this. */
    void add(State state, int task, long start, long end) {
        if (current == null || offset == current.start.length) {
            grow();
        }
        Chunk c = current;
        int o = offset++;
        c.start[o] = start;
        c.end[o] = end;
        c.task[o] = task;
        c.state[o] = (byte) state.ordinal();
        count = count + 1; // volatile write publishes the entry
    }

    private void grow() {
        currentIndex++;
        Chunk[] dir = chunks;
        if (currentIndex == dir.length) {
            dir = Arrays.copyOf(dir, dir.length * 2);
        }
        current = new Chunk(FIRST_CHUNK << currentIndex);
        dir[currentIndex] = current;
        chunks = dir; // volatile write publishes the chunk before any count that reaches into it
        offset = 0;
    }

    int count() {
        return count;
    }

    /** A stable view of the first {@code count()} entries at this moment. */
    View view() {
        int n = count; // read the count first: every chunk it reaches into is then visible
        return new View(chunks, n);
    }

    /** An immutable window on a buffer: entries below {@code size} never change. */
    record View(Chunk[] chunks, int size) implements Segments {
        private Chunk chunk(int i) {
            return chunks[chunkIndex(i)];
        }

        @Override
        public long start(int i) {
            return chunk(i).start[offsetIn(i)];
        }

        @Override
        public long end(int i) {
            return chunk(i).end[offsetIn(i)];
        }

        @Override
        public int task(int i) {
            return chunk(i).task[offsetIn(i)];
        }

        @Override
        public State state(int i) {
            return State.of(chunk(i).state[offsetIn(i)]);
        }
    }

    // Chunk k holds FIRST_CHUNK << k entries and begins at FIRST_CHUNK * (2^k - 1).
    static int chunkIndex(int i) {
        return 31 - Integer.numberOfLeadingZeros((i >>> FIRST_CHUNK_BITS) + 1);
    }

    static int offsetIn(int i) {
        int k = chunkIndex(i);
        return i - FIRST_CHUNK * ((1 << k) - 1);
    }
}
