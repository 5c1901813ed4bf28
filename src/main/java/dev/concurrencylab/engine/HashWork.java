package dev.concurrencylab.engine;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Iterated SHA-256: a smooth, predictable CPU load whose size is the number of rounds. */
public final class HashWork implements CpuWork {
    private static final int POLL_EVERY = 16;
    private final long seed;
    private final int rounds;

    public HashWork(long seed, int rounds) {
        this.seed = seed;
        this.rounds = rounds;
    }

    public long seed() {
        return seed;
    }

    public int rounds() {
        return rounds;
    }

    @Override
    public Object run(Checkpoint checkpoint) {
        MessageDigest sha = sha256();
        byte[] digest = new byte[32];
        for (int i = 0; i < 8; i++) {
            digest[i] = (byte) (seed >>> (8 * i));
        }
        for (int r = 0; r < rounds; r++) {
            if (r % POLL_EVERY == 0) {
                checkpoint.poll();
            }
            sha.update(digest);
            try {
                sha.digest(digest, 0, digest.length); // into the same array: no garbage, no collector in the timing
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 writes 32 bytes", e);
            }
        }
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * How many rounds this machine hashes in a millisecond of CPU, measured once per process, timed on the thread's
     * CPU clock so a busy machine does not shrink the answer. The JIT decides it: interpreted or C1-compiled hashing
     * is 6-250 times slower than C2's, and in a window that has just started the compiler queue is full of its own
     * drawing code, so a fixed warm-up measured C1 and gave mixed tasks a tenth of their CPU part (the event loop's
     * 100 x 20 ms took 138 ms). So: warm up, wait until the process goes quiet (the compiler has drained its queue,
     * our hash loop included), then time trials until the fastest has not improved for a while, and take the median
     * of the last five (the fastest of many short trials is an outlier: it promised 20 ms and ran 26).
     */
    public static synchronized double roundsPerMilli() {
        if (roundsPerMilli == 0) {
            roundsPerMilli = calibrate();
        }
        return roundsPerMilli;
    }

    private static double calibrate() {
        long warmUntil = System.nanoTime() + CALIBRATION_WARMUP_NANOS;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            new HashWork(i, 2_000).run(Checkpoint.NONE);
        }
        try {
            QuietStart.await(new CancelToken());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double best = 0;
        double[] last = new double[5];
        int trials = 0;
        long start = System.nanoTime();
        long lastGain = start;
        // at least five trials, on while the fastest still improves, and never past the limit (but one trial)
        while (trials == 0 || (trials < last.length || System.nanoTime() - lastGain < CALIBRATION_STABLE_NANOS)
                && System.nanoTime() - start < CALIBRATION_MAX_NANOS) {
            long cpu0 = CpuClock.currentThread();
            long wall0 = System.nanoTime();
            new HashWork(trials, CALIBRATION_ROUNDS).run(Checkpoint.NONE);
            long nanos = cpu0 >= 0 ? CpuClock.currentThread() - cpu0 : System.nanoTime() - wall0;
            double rate = CALIBRATION_ROUNDS / Math.max(nanos / 1e6, 0.001);
            if (rate > best * 1.01) {
                lastGain = System.nanoTime();
                best = rate;
            }
            last[trials++ % last.length] = rate;
        }
        double[] sorted = Arrays.copyOf(last, Math.min(trials, last.length));
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static final long CALIBRATION_WARMUP_NANOS = 300_000_000L;
    /** Trials go on until the best rate has not grown by 1 % for this long (or for at most CALIBRATION_MAX). */
    private static final long CALIBRATION_STABLE_NANOS = 150_000_000L;
    private static final long CALIBRATION_MAX_NANOS = 2_000_000_000L;
    private static final int CALIBRATION_ROUNDS = 50_000;
    private static double roundsPerMilli;
}
