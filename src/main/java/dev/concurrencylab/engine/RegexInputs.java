package dev.concurrencylab.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The strings a cpu-regex workload searches: generated from a seed, or read one per line from a file. */
public final class RegexInputs {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    private static final InputFile.Lines LIMITS = new InputFile.Lines(MAX_FILE_BYTES, WorkloadConfig.MAX_LENGTH,
            WorkloadConfig.MAX_TASKS);

    private RegexInputs() {
    }

    public static List<String> generate(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        char[] buf = new char[length];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < length; j++) {
                buf[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            out.add(new String(buf));
        }
        return out;
    }

    /**
     * Reads the non-empty lines of a file: at most 100 MB, {@value WorkloadConfig#MAX_TASKS} lines, each at most
     * {@value WorkloadConfig#MAX_LENGTH} characters like a generated string; the error names the field and why.
     */
    public static List<String> read(String file) {
        try {
            List<String> lines = InputFile.lines(Path.of(file), LIMITS, l -> !l.isEmpty());
            if (lines.isEmpty()) {
                throw new ConfigException("input", file + " has no non-empty lines");
            }
            return lines;
        } catch (InputFileException e) {
            throw new ConfigException("input", file + " " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException("input", "'" + file + "' is not a valid file name");
        }
    }
}
