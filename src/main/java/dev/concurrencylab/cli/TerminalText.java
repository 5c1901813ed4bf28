package dev.concurrencylab.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps text from files, servers and the command line from steering the terminal: a name holding ESC [2J would
 * clear the screen, a BEL ring it, a C1 CSI move the cursor. One rule, two uses: {@link #escape} writes every
 * control character of a value as {@code \xNN}, line breaks included, for values quoted in a message; and
 * {@link #guard} applies the same rule to everything the command line prints, keeping only its own line breaks
 * and tabs. Data written with {@code -} (JSON, CSV, a PNG) does not pass through here.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** True for the characters a terminal acts on instead of showing: C0, DEL and C1. */
    static boolean control(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** The value with every control character written as {@code \xNN}. */
    static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (control(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(String.format("\\x%02X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A UTF-8 stream that writes control characters as {@code \xNN}, except line feeds, tabs and CR LF pairs. */
    static PrintStream guard(OutputStream out) {
        return new PrintStream(new Guard(out), true, StandardCharsets.UTF_8);
    }

    /** Works on UTF-8 bytes: C0 and DEL are single bytes, C1 is 0xC2 followed by 0x80-0x9F. */
    private static final class Guard extends FilterOutputStream {
        private boolean pendingC2;
        private boolean pendingCr;

        Guard(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            b &= 0xff;
            if (pendingCr) {
                pendingCr = false;
                out.write(b == '\n' ? "\r".getBytes(StandardCharsets.US_ASCII) : hex(0x0d));
            }
            if (pendingC2) {
                pendingC2 = false;
                if (b >= 0x80 && b <= 0x9f) {
                    out.write(hex(b));
                    return;
                }
                out.write(0xc2);
            }
            if (b == 0xc2) {
                pendingC2 = true;
            } else if (b == '\r') {
                pendingCr = true;
            } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
                out.write(hex(b));
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() throws IOException {
            if (pendingCr) {
                pendingCr = false;
                out.write(hex(0x0d));
            }
            out.flush();
        }

        private static byte[] hex(int b) {
            return String.format("\\x%02X", b).getBytes(StandardCharsets.US_ASCII);
        }
    }
}
