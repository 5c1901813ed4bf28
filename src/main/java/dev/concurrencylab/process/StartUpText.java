package dev.concurrencylab.process;

import java.nio.charset.StandardCharsets;

/** A failed JVM's words, made one short line: lines joined with " / ", control characters dropped. */
final class StartUpText {
    static final int MAX_BYTES = 400;

    private StartUpText() {
    }

    static String of(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, MAX_BYTES), StandardCharsets.UTF_8).strip();
        s = s.replaceAll("\\s*[\\r\\n]+\\s*", " / ").replaceAll("\\p{Cntrl}", "");
        return s.isEmpty() ? "nothing" : s;
    }
}
