package dev.concurrencylab.sweep;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a sweep varies: the worker counts (threads or processes; the number in flight for virtual and
 * eventloop), each measured {@code repeats} times. Counts are kept distinct and ascending. Written and read as
 * text such as {@code 1,2,4,8} or {@code 1..16} (every count from 1 to 16), in the CLI, the window and files.
 *
 * @param workers the counts, ascending and distinct
 * @param repeats how many times each count is measured (the chart shows the median and the min–max)
 */
public record SweepSpec(List<Integer> workers, int repeats) {
    /** At most this many counts, so a sweep ends in a time a class can wait for. */
    public static final int MAX_POINTS = 64;
    public static final int MAX_REPEATS = 20;
    public static final int DEFAULT_REPEATS = 3;
    /** The largest count: the engine's own limit on workers. */
    public static final int MAX_COUNT = ModelSettings.MAX_WORKERS;
    /** Longer text is refused unread. */
    static final int MAX_TEXT = 1000;
    public static final String WORKERS = "workers";
    public static final String REPEAT = "repeat";
    private static final String EXAMPLE = "e.g. 1,2,4,8 or 1..16";

    public SweepSpec {
        if (workers == null || workers.isEmpty()) {
            throw new ConfigException(WORKERS, "name at least one worker count, " + EXAMPLE);
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer n : workers) {
            if (n == null) {
                throw new ConfigException(WORKERS, "contains an empty entry; " + EXAMPLE);
            }
            ConfigException.requireRange(WORKERS, n, 1, MAX_COUNT);
            sorted.add(n);
        }
        if (sorted.size() > MAX_POINTS) {
            throw new ConfigException(WORKERS, "at most " + MAX_POINTS + " points, was " + sorted.size());
        }
        ConfigException.requireRange(REPEAT, repeats, 1, MAX_REPEATS);
        workers = List.copyOf(sorted);
    }

    public static SweepSpec defaults() {
        return new SweepSpec(List.of(1, 2, 3, 4, 5, 6, 7, 8), DEFAULT_REPEATS);
    }

    public SweepSpec withRepeats(int v) {
        return new SweepSpec(workers, v);
    }

    /** Parses {@code 1,2,4,8}, {@code 1..16} or a mix such as {@code 1..4,8,16}; blanks around items are ignored. */
    public static List<Integer> parseWorkers(String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(WORKERS, "name at least one worker count, " + EXAMPLE);
        }
        if (text.length() > MAX_TEXT) {
            throw new ConfigException(WORKERS, "at most " + MAX_TEXT + " characters, was " + text.length());
        }
        TreeSet<Integer> counts = new TreeSet<>();
        for (String raw : text.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new ConfigException(WORKERS, "contains an empty entry in '" + text.strip() + "'; " + EXAMPLE);
            }
            int dots = item.indexOf("..");
            if (dots < 0) {
                counts.add(count(item));
                continue;
            }
            int from = count(item.substring(0, dots).strip());
            int to = count(item.substring(dots + 2).strip());
            if (to < from) {
                throw new ConfigException(WORKERS, "a range goes up, e.g. 1..16; was " + item);
            }
            // checked before the range is expanded; with the text's length this bounds the work
            if (to - from + 1 > MAX_POINTS) {
                throw new ConfigException(WORKERS, "at most " + MAX_POINTS + " points, was " + (to - from + 1));
            }
            for (int n = from; n <= to; n++) {
                counts.add(n);
            }
        }
        if (counts.size() > MAX_POINTS) {
            throw new ConfigException(WORKERS, "at most " + MAX_POINTS + " points, was " + counts.size());
        }
        return List.copyOf(counts);
    }

    private static int count(String item) {
        long n;
        try {
            n = Long.parseLong(item);
        } catch (NumberFormatException e) {
            throw new ConfigException(WORKERS, "'" + item + "' is not a whole number; " + EXAMPLE);
        }
        if (n < 1 || n > MAX_COUNT) {
            throw new ConfigException(WORKERS, "each count must be between 1 and " + MAX_COUNT + ", was " + n);
        }
        return (int) n;
    }

    /** {@link #parseWorkers} and the repeats together. */
    public static SweepSpec parse(String workers, int repeats) {
        return new SweepSpec(parseWorkers(workers), repeats);
    }

    /** The counts as text, runs of three or more written as ranges: {@code 1..8}, {@code 1,2,4,8,16,32,64}. */
    public String workersText() {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < workers.size()) {
            int j = i;
            while (j + 1 < workers.size() && workers.get(j + 1) == workers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(workers.get(i) + ".." + workers.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(Integer.toString(workers.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
