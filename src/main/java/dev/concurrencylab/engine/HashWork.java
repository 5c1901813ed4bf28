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

    /** How many rounds this machine hashes in a millisecond, measured once after a short warm-up. */
    public static synchronized double roundsPerMilli() {
        if (roundsPerMilli == 0) {
            new HashWork(1, 50_000).run(Checkpoint.NONE);
            long t0 = System.nanoTime();
            new HashWork(2, 50_000).run(Checkpoint.NONE);
            roundsPerMilli = 50_000 / Math.max((System.nanoTime() - t0) / 1e6, 0.001);
        }
        return roundsPerMilli;
    }

    private static double roundsPerMilli;
}
