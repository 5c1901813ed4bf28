package dev.concurrencylab.net;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncServerExchangeHandler;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.ResponseChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * One request to the latency server. The answer is sent from the server's timer after the delay, so a
 * waiting request holds no thread, only this small object and its connection.
 */
final class SiteExchange implements AsyncServerExchangeHandler {
    private static final byte[] FILLER = filler();
    private static final int SLOW_CHUNKS = 10;
    private static final Pattern SITE_PATH = Pattern.compile("/site/\\d{1,9}");

    /**
     * The connection of the request being handed to {@link #handleRequest} on this I/O thread, set just
     * before by the server's stream listener: HttpCore gives a handler no other way to reset its connection.
     */
    static final ThreadLocal<HttpConnection> ARRIVING_ON = new ThreadLocal<>();

    private final Reply defaults;
    private final ScheduledExecutorService timer;
    private final ConnectionGuard guard;
    private final Timeout idle;
    private HttpConnection connection;
    private volatile ScheduledFuture<?> pending;
    private volatile boolean released;

    // Set before the response is committed and read on the I/O thread after it: the channel's lock orders them.
    private byte[] source = FILLER;
    private long total;
    private long sent;
    private long chunkBytes;
    private long gapNanos;
    private long chunkLeft;
    private volatile boolean paused;
    private boolean resetOnOutput;

    SiteExchange(Reply defaults, ScheduledExecutorService timer, ConnectionGuard guard, Timeout idle) {
        this.defaults = defaults;
        this.timer = timer;
        this.guard = guard;
        this.idle = idle;
    }

    @Override
    public void handleRequest(HttpRequest request, EntityDetails entity, ResponseChannel channel, HttpContext context)
            throws HttpException, IOException {
        connection = ARRIVING_ON.get();
        ARRIVING_ON.remove();
        if (!"GET".equals(request.getMethod())) {
            answerText(channel, context, HttpStatus.SC_METHOD_NOT_ALLOWED, "only GET is served\n");
            return;
        }
        URI uri;
        try {
            uri = request.getUri();
        } catch (URISyntaxException e) {
            answerText(channel, context, HttpStatus.SC_BAD_REQUEST, "bad request URI\n");
            return;
        }
        String path = uri.getPath() == null ? "/" : uri.getPath();
        if (path.equals("/")) {
            answerText(channel, context, HttpStatus.SC_OK, "Concurrency Lab latency server\nGET /site/{n}?"
                    + Reply.PARAMETERS + "\n");
            return;
        }
        if (!SITE_PATH.matcher(path).matches()) {
            answerText(channel, context, HttpStatus.SC_NOT_FOUND, "no such page; try /site/1\n");
            return;
        }
        Reply reply;
        try {
            reply = defaults.with(Query.parse(uri.getRawQuery()));
        } catch (IllegalArgumentException e) { // a ConfigException, or a malformed %-escape
            answerText(channel, context, HttpStatus.SC_BAD_REQUEST, e.getMessage() + "\n");
            return;
        }
        schedule(reply, channel, context);
    }

    private void schedule(Reply reply, ResponseChannel channel, HttpContext context) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        guard.waiting(connection);
        if (random.nextDouble() < reply.stallRate()) {
            return; // never answer: the connection stays open until the client gives up, or the idle timeout
        }
        boolean error = random.nextDouble() < reply.errorRate();
        boolean reset = !error && random.nextDouble() < reply.resetRate();
        double delayMs = reply.delayMs() + reply.jitter().draw(reply.jitterMs(), random);
        if (connection != null && delayMs + reply.slowMs() > idle.toMilliseconds() / 2.0) {
            // a long wait on purpose is not idleness: keep the connection until the answer is due, then some
            connection.setSocketTimeout(Timeout.ofMilliseconds(Math.round(delayMs + reply.slowMs()) + idle.toMilliseconds()));
        }
        pending = timer.schedule(() -> {
            try {
                guard.answered(connection);
                if (released) {
                    return;
                }
                if (error) {
                    answerText(channel, context, HttpStatus.SC_INTERNAL_SERVER_ERROR, "injected error\n");
                } else if (reset && connection != null) {
                    connection.close(CloseMode.IMMEDIATE); // SO_LINGER 0, then close: the client sees a TCP reset
                } else {
                    resetOnOutput = reset;
                    answerBody(channel, context, reply);
                }
            } catch (HttpException | IOException | RuntimeException e) {
                // the client has gone; nothing to answer
            }
        }, Math.round(delayMs * 1000), TimeUnit.MICROSECONDS);
    }

    private void answerBody(ResponseChannel channel, HttpContext context, Reply reply) throws HttpException, IOException {
        total = reply.bodyBytes();
        if (reply.slowMs() > 0 && total > 0) {
            long chunks = Math.min(SLOW_CHUNKS, total);
            chunkBytes = (total + chunks - 1) / chunks;
            gapNanos = Math.round(reply.slowMs() * 1e6 / chunks);
        } else {
            chunkBytes = Long.MAX_VALUE;
        }
        chunkLeft = chunkBytes;
        BasicHttpResponse response = stamped(HttpStatus.SC_OK);
        channel.sendResponse(response, total == 0 && !resetOnOutput ? null
                : new BasicEntityDetails(Math.max(total, 1), ContentType.TEXT_PLAIN), context);
    }

    private void answerText(ResponseChannel channel, HttpContext context, int status, String text)
            throws HttpException, IOException {
        source = text.getBytes(StandardCharsets.UTF_8);
        total = source.length;
        chunkBytes = Long.MAX_VALUE;
        chunkLeft = chunkBytes;
        channel.sendResponse(stamped(status), new BasicEntityDetails(total, ContentType.TEXT_PLAIN), context);
    }

    /** A response carrying the time it is sent, so a client can tell when its wait's cause ended. */
    private static BasicHttpResponse stamped(int status) {
        BasicHttpResponse response = new BasicHttpResponse(status);
        response.addHeader(ServerClock.HEADER, Long.toString(System.nanoTime()));
        return response;
    }

    @Override
    public int available() {
        if (resetOnOutput) {
            return 1;
        }
        return paused ? 0 : (int) Math.min(Integer.MAX_VALUE, total - sent);
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        if (resetOnOutput) {
            // Only where the connection was unknown: breaks the exchange after the head.
            throw new IOException("injected connection reset");
        }
        if (paused) {
            return;
        }
        while (sent < total && chunkLeft > 0) {
            int offset = (int) (sent % source.length);
            int len = (int) Math.min(Math.min(chunkLeft, total - sent), source.length - offset);
            int n = channel.write(ByteBuffer.wrap(source, offset, len));
            if (n == 0) {
                return; // the socket buffer is full; produce is called again when it drains
            }
            sent += n;
            chunkLeft -= n;
        }
        if (sent >= total) {
            channel.endStream(null);
        } else if (chunkLeft == 0) {
            paused = true;
            chunkLeft = chunkBytes;
            pending = timer.schedule(() -> {
                paused = false;
                channel.requestOutput();
            }, gapNanos, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) {
        src.position(src.limit()); // a request body is read and ignored
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        // nothing to do: the answer is timed from the request head
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public void releaseResources() {
        released = true;
        guard.answered(connection);
        ScheduledFuture<?> p = pending;
        if (p != null) {
            p.cancel(false);
        }
    }

    private static byte[] filler() {
        byte[] line = "All work and no play makes a lab a dull lab.\n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[16 * 1024];
        for (int i = 0; i < b.length; i++) {
            b[i] = line[i % line.length];
        }
        return b;
    }

    /** Query parameters of a request, decoded. */
    static final class Query {
        private Query() {
        }

        static Map<String, String> parse(String raw) {
            if (raw == null || raw.isEmpty()) {
                return Map.of();
            }
            HashMap<String, String> out = new HashMap<>();
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(decode(k), decode(v));
            }
            return out;
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }
}
