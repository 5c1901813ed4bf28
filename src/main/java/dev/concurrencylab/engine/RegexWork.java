package dev.concurrencylab.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's CPU-bound task: find ten consecutive word characters, none of which occurs again later
 * in the string. The backtracking makes each search roughly quadratic in the string's length.
 *
 * <p>A search of up to {@value #PLAIN_MAX_LENGTH} characters (a few milliseconds) reads the String itself, with
 * the checkpoint polled before it: like CPython's {@code re}, which holds the GIL for a whole search. The call
 * sites inside java.util.regex are shared by every regex user in the JVM, and the JIT compiles them for the
 * CharSequence classes it has seen there: a wrapper class of ours beside the Strings the window's own code
 * searches made the window's searches 9–80 % slower than the command line's (measured: 1.05 s vs 1.14 s with
 * Strings seen too, 1.90 s with two more classes). Longer searches read through a wrapper that polls every 1,024
 * reads, so that Stop and the GIL can still act inside one.
 */
public final class RegexWork implements CpuWork {
    public static final Pattern PATTERN = Pattern.compile("(?:(\\w)(?!.*\\1)){10}");
    static final int PLAIN_MAX_LENGTH = 4096;

    private final String input;

    public RegexWork(String input) {
        this.input = input;
    }

    public String input() {
        return input;
    }

    @Override
    public Object run(Checkpoint checkpoint) {
        CharSequence text = input;
        if (input.length() <= PLAIN_MAX_LENGTH) {
            checkpoint.poll();
        } else {
            text = new CheckpointedChars(input, checkpoint);
        }
        Matcher m = PATTERN.matcher(text);
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
