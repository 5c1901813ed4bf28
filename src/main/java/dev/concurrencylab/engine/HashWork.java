package dev.concurrencylab.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
            digest = sha.digest(digest);
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
     * How many rounds this machine hashes in a millisecond of CPU, measured once: after ~300 ms of warm-up
     * (a cold JIT hashes several times slower), the fastest of five trials, timed on the thread's CPU
     * clock so a busy machine does not shrink the answer.
     */
    public static synchronized double roundsPerMilli() {
        if (roundsPerMilli == 0) {
            long warmUntil = System.nanoTime() + CALIBRATION_WARMUP_NANOS;
            for (int i = 0; System.nanoTime() < warmUntil; i++) {
                new HashWork(i, 2_000).run(Checkpoint.NONE);
            }
            double best = 0;
            for (int trial = 0; trial < 5; trial++) {
                long cpu0 = CpuClock.currentThread();
                long wall0 = System.nanoTime();
                new HashWork(trial, CALIBRATION_ROUNDS).run(Checkpoint.NONE);
                long nanos = cpu0 >= 0 ? CpuClock.currentThread() - cpu0 : System.nanoTime() - wall0;
                best = Math.max(best, CALIBRATION_ROUNDS / Math.max(nanos / 1e6, 0.001));
            }
            roundsPerMilli = best;
        }
        return roundsPerMilli;
    }

    private static final long CALIBRATION_WARMUP_NANOS = 300_000_000L;
    private static final int CALIBRATION_ROUNDS = 10_000;
    private static double roundsPerMilli;
}
