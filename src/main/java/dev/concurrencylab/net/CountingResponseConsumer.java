package dev.concurrencylab.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads a response for the async client without keeping its body: counts the bytes and fails once they pass
 * the cap, so a server streaming without end costs a few kilobytes of buffer, not the heap.
 */
final class CountingResponseConsumer extends AbstractBinResponseConsumer<CountingResponseConsumer.Counted> {
    /** The response's head and how many body bytes followed it. */
    record Counted(HttpResponse head, long bodyBytes) {
    }

    private static final int CHUNK = 16 * 1024;
    private final ResponseLimits limits;
    private HttpResponse head;
    private long bytes;

    CountingResponseConsumer(ResponseLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) {
        head = response;
    }

    @Override
    protected int capacityIncrement() {
        return CHUNK;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        bytes += src.remaining();
        src.position(src.limit());
        limits.checkBody(bytes);
    }

    @Override
    protected Counted buildResult() {
        return new Counted(head, bytes);
    }

    @Override
    public void releaseResources() {
        // nothing is held
    }
}
