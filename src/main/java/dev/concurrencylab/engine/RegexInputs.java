package dev.concurrencylab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The strings a cpu-regex workload searches: generated from a seed, or read one per line from a file. */
public final class RegexInputs {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

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

    /** Reads the non-empty lines of a file; the error names the field and the reason. */
    public static List<String> read(String file) {
        Path path = Path.of(file);
        try {
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("input", "no such file: " + file);
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new ConfigException("input", "file larger than 100 MB: " + file);
            }
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                throw new ConfigException("input", "file has no non-empty lines: " + file);
            }
            if (lines.size() > WorkloadConfig.MAX_TASKS) {
                throw new ConfigException("input", "file has " + lines.size() + " lines; at most "
                        + WorkloadConfig.MAX_TASKS + " allowed");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException c) {
                throw c;
            }
            throw new ConfigException("input", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
