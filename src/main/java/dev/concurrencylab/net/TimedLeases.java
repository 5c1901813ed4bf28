package dev.concurrencylab.net;

import dev.concurrencylab.engine.WaitMarks;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.io.ConnectionEndpoint;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.io.LeaseRequest;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The classic client's connection manager, with each wait for a pooled connection timed. HttpClient asks for a
 * connection with {@link #lease} and blocks in {@link LeaseRequest#get} on the thread that executes the request
 * (its {@code InternalExecRuntime.acquireEndpoint}), so the wait is measured there and told to the marks that
 * thread's call registered with {@link #during}.
 */
final class TimedLeases implements HttpClientConnectionManager {
    private static final ThreadLocal<WaitMarks> MARKS = new ThreadLocal<>();
    private final HttpClientConnectionManager pool;

    TimedLeases(HttpClientConnectionManager pool) {
        this.pool = pool;
    }

    /** What the calling thread's requests lease is told to {@code marks} until {@link #done}. */
    static void during(WaitMarks marks) {
        MARKS.set(marks);
    }

    static void done() {
        MARKS.remove();
    }

    @Override
    public LeaseRequest lease(String id, HttpRoute route, Timeout requestTimeout, Object state) {
        WaitMarks marks = MARKS.get();
        if (marks == null) {
            return pool.lease(id, route, requestTimeout, state);
        }
        marks.connectionWanted(System.nanoTime());
        LeaseRequest request = pool.lease(id, route, requestTimeout, state);
        return new LeaseRequest() {
            @Override
            public ConnectionEndpoint get(Timeout timeout)
                    throws InterruptedException, ExecutionException, TimeoutException {
                try {
                    return request.get(timeout);
                } finally {
                    marks.connectionLeased(System.nanoTime());
                }
            }

            @Override
            public boolean cancel() {
                return request.cancel();
            }
        };
    }

    @Override
    public void release(ConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        pool.release(endpoint, newState, validDuration);
    }

    @Override
    public void connect(ConnectionEndpoint endpoint, TimeValue connectTimeout, HttpContext context) throws IOException {
        pool.connect(endpoint, connectTimeout, context);
    }

    @Override
    public void upgrade(ConnectionEndpoint endpoint, HttpContext context) throws IOException {
        pool.upgrade(endpoint, context);
    }

    @Override
    public void close(CloseMode closeMode) {
        pool.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        pool.close();
    }
}
