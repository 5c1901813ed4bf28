package dev.concurrencylab.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a character device or a FIFO for writing through. Opening a FIFO waits for a reader, possibly for ever;
 * this waits 10 s, then opens the FIFO for reading itself, which lets the stuck open return, and fails.
 */
final class StreamTargets {
    static final long READER_WAIT_S = 10;

    private StreamTargets() {
    }

    static OutputStream open(Path file) throws IOException {
        CompletableFuture<OutputStream> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newOutputStream(file, StandardOpenOption.WRITE); // never CREATE: a device stays one
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, r -> Thread.ofPlatform().daemon().name("open-output").start(r));
        try {
            return opening.get(READER_WAIT_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            try (InputStream unblock = Files.newInputStream(file)) {
                opening.join().close();
            }
            throw new IOException(file + ": nobody read from it within " + READER_WAIT_S + " s (a FIFO needs a reader)");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            throw c instanceof IOException io ? io : new IOException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while opening " + file);
        }
    }
}
