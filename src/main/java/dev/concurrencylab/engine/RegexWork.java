package dev.concurrencylab.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's CPU-bound task: find ten consecutive word characters, none of which occurs again later
 * in the string. The backtracking makes each search roughly quadratic in the string's length.
 */
public final class RegexWork implements CpuWork {
    public static final Pattern PATTERN = Pattern.compile("(?:(\\w)(?!.*\\1)){10}");

    private final String input;

    public RegexWork(String input) {
        this.input = input;
    }

    public String input() {
        return input;
    }

    @Override
    public Object run(Checkpoint checkpoint) {
        Matcher m = PATTERN.matcher(new CheckpointedChars(input, checkpoint));
        return m.find() ? new RegexMatch(true, m.start(), m.end()) : RegexMatch.NONE;
    }

    /** The input, polling the checkpoint every few thousand character reads so the matcher can be paused. */
    static final class CheckpointedChars implements CharSequence {
        private static final int POLL_MASK = 1023;
        private final String s;
        private final Checkpoint checkpoint;
        private int reads;

        CheckpointedChars(String s, Checkpoint checkpoint) {
            this.s = s;
            this.checkpoint = checkpoint;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & POLL_MASK) == 0) {
                checkpoint.poll();
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
