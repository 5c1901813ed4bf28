package dev.concurrencylab.store;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadConfig;
import java.util.List;

/**
 * What a recording may hold. A recording is gzip-compressed, and gzip packs a long run of zeros a thousand to
 * one: a 157 KB file that declared a hundred million segments took 1.7 GB of heap. Each limit is far above
 * what this app records (a 100,000-segment comparison is about 1 MB) and is checked before the memory it
 * guards is taken: the compressed size before reading, the unpacked size and the number of values while
 * parsing, the counts before the segments are rebuilt. Saving refuses a recording that could not be opened.
 */
final class RecordingLimits {
    /** Compressed file size. */
    static final long MAX_FILE_BYTES = 128L << 20;
    /** Size after decompression. */
    static final long MAX_JSON_BYTES = 512L << 20;
    /** Segments in all the runs together: about 85 MB once rebuilt. */
    static final long MAX_SEGMENTS = 4_000_000;
    /** Runs: the most models a comparison has. */
    static final int MAX_RUNS = ExperimentConfig.MAX_MODELS;
    /** Tasks per run: the most a workload has. */
    static final int MAX_TASKS = WorkloadConfig.MAX_TASKS;
    /** Lanes per run: a lane per task at most (virtual threads), and a few more (an event loop's pending lane). */
    static final int MAX_LANES = WorkloadConfig.MAX_TASKS + 16;
    /** JSON values (tokens) in the whole file: four per segment, five per task, and room for the rest. */
    static final long MAX_TOKENS = 4 * MAX_SEGMENTS + 5L * MAX_RUNS * MAX_TASKS + 1_000_000;

    private RecordingLimits() {
    }

    /** The reason a recording is refused, or null if {@code runs} fit. */
    static String exceeded(int runs, long segments) {
        if (runs > MAX_RUNS) {
            return "holds " + runs + " runs; a recording holds at most " + MAX_RUNS;
        }
        if (segments > MAX_SEGMENTS) {
            return "holds " + segments + " segments; a recording holds at most " + MAX_SEGMENTS;
        }
        return null;
    }

    static long segments(List<RunOutput> runs) {
        return runs.stream().mapToLong(r -> r.trace().segmentCount()).sum();
    }
}
