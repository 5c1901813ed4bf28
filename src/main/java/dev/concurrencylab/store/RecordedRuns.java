package dev.concurrencylab.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Recording files: gzip-compressed JSON (see {@link RecordingJson}); plain JSON reads too. Writing is atomic;
 * reading checks everything and reports the first problem as an {@link ExperimentFileException}.
 */
public final class RecordedRuns {
    public static final String EXTENSION = ".labrun";
    /** Largest file read, compressed; a 100,000-segment comparison takes about 1 MB. */
    public static final long MAX_FILE_BYTES = RecordingLimits.MAX_FILE_BYTES;
    /** Largest content read after decompression, so a small hostile file cannot fill the memory. */
    public static final long MAX_JSON_BYTES = RecordingLimits.MAX_JSON_BYTES;

    private static final ObjectWriter WRITER = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private RecordedRuns() {
    }

    /** Saves all or nothing: a failed save leaves the previous file as it was. */
    public static void write(Path file, RecordedRun run) throws IOException {
        OutputFile.write(file, out -> write(out, run));
    }

    /** Writes a recording; one this app could not open again (see {@link RecordingLimits}) is refused. */
    public static void write(OutputStream out, RecordedRun run) throws IOException {
        String tooMuch = RecordingLimits.exceeded(run.runs().size(), RecordingLimits.segments(run.runs()));
        if (tooMuch != null) {
            throw new IOException("not saved: the recording " + tooMuch);
        }
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
        try {
            WRITER.writeValue(new NonClosing(gzip), RecordingCodec.encode(run));
        } catch (JacksonException e) {
            throw new IOException("cannot write the recording: " + e.getOriginalMessage(), e);
        }
        gzip.finish();
        gzip.flush();
    }

    public static RecordedRun read(Path file) throws ExperimentFileException {
        return BoundedRead.file(file, MAX_FILE_BYTES, RecordedRuns::read);
    }

    public static RecordedRun read(InputStream raw, String source) throws ExperimentFileException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 < 0) {
                throw new ExperimentFileException(source, "the file is empty; expected a recording");
            }
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            InputStream json = new Limited(gzip ? new GZIPInputStream(in, 1 << 16) : in, MAX_JSON_BYTES, source);
            RecordingJson j;
            try {
                j = StrictJson.RECORDINGS.readValue(json, RecordingJson.class);
            } catch (StreamConstraintsException e) {
                throw new ExperimentFileException(source, "the recording holds more than this app reads (at most "
                        + RecordingLimits.MAX_SEGMENTS + " segments, " + RecordingLimits.MAX_RUNS + " runs of "
                        + RecordingLimits.MAX_TASKS + " tasks, " + RecordingLimits.MAX_JSON_BYTES
                        + " bytes unpacked); refused");
            } catch (JacksonException e) {
                if (e.getCause() instanceof ExperimentFileException refused) {
                    throw refused; // the unpacked size, counted below Jackson
                }
                throw JsonErrors.of(source, e, null);
            }
            if (j == null) {
                throw new ExperimentFileException(source, "the file holds null; expected a recording");
            }
            return RecordingCodec.decode(j, source);
        } catch (ExperimentFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ExperimentFileException(source, null, -1, -1, "the file is damaged or truncated: " + e, e);
        }
    }

    /** Fails once more than a limit has been read. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String source;
        private long count;

        Limited(InputStream in, long max, String source) {
            super(in);
            this.max = max;
            this.source = source;
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

        private void add(long n) throws ExperimentFileException {
            count += n;
            if (count > max) {
                throw new ExperimentFileException(source, "the recording unpacks to more than " + max
                        + " bytes; refused");
            }
        }
    }

    /** Lets Jackson close its generator without closing the gzip stream before {@code finish()}. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
