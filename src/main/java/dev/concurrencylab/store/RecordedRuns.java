package dev.concurrencylab.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import dev.concurrencylab.engine.InputFile;
import dev.concurrencylab.engine.InputFileException;
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
            WRITER.writeValue(OutputFile.unclosable(gzip), RecordingCodec.encode(run)); // finish() below
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
            InputStream json = InputFile.capped(gzip ? new GZIPInputStream(in, 1 << 16) : in, MAX_JSON_BYTES,
                    "the recording unpacks to more than " + MAX_JSON_BYTES + " bytes; refused");
            RecordingJson j;
            try {
                j = StrictJson.RECORDINGS.readValue(json, RecordingJson.class);
            } catch (StreamConstraintsException e) {
                throw new ExperimentFileException(source, "the recording holds more than this app reads (at most "
                        + RecordingLimits.MAX_SEGMENTS + " segments, " + RecordingLimits.MAX_RUNS + " runs of "
                        + RecordingLimits.MAX_TASKS + " tasks, " + RecordingLimits.MAX_JSON_BYTES
                        + " bytes unpacked); refused");
            } catch (JacksonException e) {
                if (e.getCause() instanceof InputFileException refused) { // the unpacked size, counted below Jackson
                    throw new ExperimentFileException(source, refused.getMessage());
                }
                throw JsonErrors.of(source, e, null);
            }
            if (j == null) {
                throw new ExperimentFileException(source, "the file holds null; expected a recording");
            }
            return RecordingCodec.decode(j, source);
        } catch (ExperimentFileException e) {
            throw e;
        } catch (InputFileException e) {
            throw new ExperimentFileException(source, e.getMessage());
        } catch (IOException e) {
            throw new ExperimentFileException(source, null, -1, -1, "the file is damaged or truncated: " + e, e);
        }
    }
}
