package dev.concurrencylab.engine;

/** A cpu-regex task's result: whether the pattern matched and where (end exclusive). */
public record RegexMatch(boolean found, int start, int end) {
    public static final RegexMatch NONE = new RegexMatch(false, -1, -1);
}
