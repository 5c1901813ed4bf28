package dev.concurrencylab.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one bounded reader for every file the lab is given (experiments, recordings, {@code --input},
 * {@code --urls}): only a regular file is opened (a FIFO or a device could block for ever or never end), a file
 * over its size limit is refused unread, and reading stops at the limit even if the file grows meanwhile. Text
 * is read as strict UTF-8 a line at a time, each line and the number kept bounded while reading, so a 3 GB file
 * or a 5 MB line costs no more memory than its limits allow. Every refusal is one sentence without the file name.
 */
public final class InputFile {
    private InputFile() {
    }

    /** Limits for reading text a line at a time. */
    public record Lines(long maxBytes, int maxLineChars, int maxKept) {
    }

    /** Opens a regular file of at most {@code maxBytes}; the stream fails if it yields more. */
    public static InputStream open(Path file, long maxBytes) throws InputFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputFileException("cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InputFileException("cannot be read: " + e.getMessage());
        }
        if (a.isDirectory()) {
            throw new InputFileException("is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new InputFileException("is not a regular file (a FIFO, a device or a socket); give a file");
        }
        if (a.size() > maxBytes) {
            throw tooBig(a.size(), maxBytes);
        }
        try {
            return capped(Files.newInputStream(file), maxBytes, tooBig(-1, maxBytes).getMessage());
        } catch (AccessDeniedException e) {
            throw new InputFileException("cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InputFileException("cannot be read: " + e.getMessage());
        }
    }

    /** The lines {@code keep} accepts, read as UTF-8 within the limits; line ends are not part of a line. */
    public static List<String> lines(Path file, Lines limits, Predicate<String> keep) throws InputFileException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> kept = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] number = {1};
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        try (InputStream in = open(file, limits.maxBytes())) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
                CoderResult r = utf8.decode(bytes, chars, end);
                if (end && !r.isError()) {
                    r = utf8.flush(chars);
                }
                chars.flip();
                take(chars, line, kept, keep, limits, number);
                chars.clear();
                if (r.isError()) { // everything before the bad bytes was taken: the line number is exact
                    throw new InputFileException("line " + number[0] + " is not UTF-8 text (is it a binary file?)");
                }
                bytes.compact();
            }
            keep(kept, line, keep, limits, number[0]);
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException("cannot be read: " + e.getMessage());
        }
        return kept;
    }

    private static void take(CharBuffer chars, StringBuilder line, List<String> kept, Predicate<String> keep,
                             Lines limits, int[] number) throws InputFileException {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\n') {
                keep(kept, line, keep, limits, number[0]++);
            } else if (line.length() >= limits.maxLineChars()) {
                throw new InputFileException("line " + number[0] + " is longer than " + limits.maxLineChars()
                        + " characters");
            } else {
                line.append(c);
            }
        }
    }

    private static void keep(List<String> kept, StringBuilder line, Predicate<String> keep, Lines limits, int number)
            throws InputFileException {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        String s = line.toString();
        line.setLength(0);
        if (keep.test(s)) {
            if (kept.size() == limits.maxKept()) {
                throw new InputFileException("has more than " + limits.maxKept() + " entries (line " + number + ")");
            }
            kept.add(s);
        }
    }

    static InputFileException tooBig(long size, long max) {
        return new InputFileException("is too big" + (size >= 0 ? " (" + size + " bytes)" : "") + "; at most " + max
                + " bytes are read");
    }

    /**
     * A stream that fails with {@code reason} once more than {@code max} bytes have come through it: a file may
     * grow after its size was checked, and a compressed one may unpack to far more than its size.
     */
    public static InputStream capped(InputStream in, long max, String reason) {
        return new Limited(in, max, reason);
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String reason;
        private long count;

        Limited(InputStream in, long max, String reason) {
            super(in);
            this.max = max;
            this.reason = reason;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws InputFileException {
            count += n;
            if (count > max) {
                throw new InputFileException(reason);
            }
        }
    }
}
