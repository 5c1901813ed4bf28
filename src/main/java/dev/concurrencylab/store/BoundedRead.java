package dev.concurrencylab.store;

import dev.concurrencylab.engine.InputFile;
import dev.concurrencylab.engine.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The store's side of {@link InputFile}: its refusals as {@link ExperimentFileException}s naming the file. */
final class BoundedRead {
    /** Reads a file's content from a stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in, String source) throws IOException;
    }

    private BoundedRead() {
    }

    static byte[] file(Path file, int max) throws ExperimentFileException {
        return file(file, max, (in, source) -> stream(in, max, source));
    }

    /** Opens a file of at most {@code max} bytes and hands it to a reader; every failure is the documented one. */
    static <T> T file(Path file, long max, Reader<T> reader) throws ExperimentFileException {
        String source = file.toString();
        try (InputStream in = InputFile.open(file, max)) {
            return reader.read(in, source);
        } catch (InputFileException e) {
            throw new ExperimentFileException(source, e.getMessage());
        } catch (ExperimentFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ExperimentFileException(source, null, -1, -1, "cannot read the file: " + e, e);
        }
    }

    static byte[] stream(InputStream in, int max, String source) throws ExperimentFileException {
        try {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooBig(source, -1, max);
            }
            return bytes;
        } catch (ExperimentFileException e) {
            throw e;
        } catch (InputFileException e) {
            throw new ExperimentFileException(source, e.getMessage());
        } catch (IOException e) {
            throw new ExperimentFileException(source, null, -1, -1, "cannot read: " + e, e);
        }
    }

    static ExperimentFileException tooBig(String source, long size, long max) {
        return new ExperimentFileException(source, "the file is too big" + (size >= 0 ? " (" + size + " bytes)" : "")
                + "; at most " + max + " bytes are read");
    }
}
