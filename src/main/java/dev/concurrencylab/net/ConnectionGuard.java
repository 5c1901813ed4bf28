package dev.concurrencylab.net;

import java.net.SocketAddress;
import java.nio.channels.SelectionKey;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.reactor.IOSessionListener;

/**
 * Keeps the latency server's connections within what the process can hold, and lets none outlive its client.
 * <ul>
 *   <li>At most {@code cap} connections: one more is closed as it arrives, so the listener does not run out of
 *       file handles (HttpCore's listener dies for good when accept fails, leaving a server that answers
 *       nobody; a flood faster than this closes them can still do it, and then {@link LatencyServer} listens
 *       again).</li>
 *   <li>A connection whose request waits for its answer (a delay, or a stall) is still read, and when its
 *       client has gone it is closed at once rather than held until the answer or a timeout: HttpCore stops
 *       reading while a request is open, so it never saw the client leave.</li>
 * </ul>
 */
final class ConnectionGuard implements IOSessionListener {
    private static final System.Logger LOG = System.getLogger(ConnectionGuard.class.getName());
    private static final long SWEEP_MS = 250;

    private final int cap;
    private final AtomicInteger refused = new AtomicInteger();
    /** The connections kept, by their client's address (unique on one listening port). */
    private final Map<SocketAddress, IOSession> sessions = new ConcurrentHashMap<>();
    /** The same, the other way: a closed session no longer knows its client's address. */
    private final Map<IOSession, SocketAddress> addresses = new ConcurrentHashMap<>();
    private final Set<HttpConnection> waiting = ConcurrentHashMap.newKeySet();

    ConnectionGuard(int cap, ScheduledExecutorService timer) {
        this.cap = cap;
        timer.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    int cap() {
        return cap;
    }

    /** Connections open now. */
    int open() {
        return addresses.size();
    }

    /** Connections closed on arrival because {@link #cap} were open. */
    int refused() {
        return refused.get();
    }

    /** Forgets every connection: the server they were on was closed whole (its reactors report no more). */
    void forgetAll() {
        waiting.clear();
        addresses.clear();
        sessions.clear();
    }

    /** The request on {@code c} waits for its answer: watch for its client leaving. */
    void waiting(HttpConnection c) {
        IOSession s = c == null ? null : sessions.get(c.getRemoteAddress());
        if (s != null) {
            waiting.add(c);
            s.setEvent(SelectionKey.OP_READ);
        }
    }

    /** The request on {@code c} has its answer (or was dropped). */
    void answered(HttpConnection c) {
        if (c != null) {
            waiting.remove(c);
        }
    }

    private void sweep() {
        for (HttpConnection c : waiting) {
            if (!c.isOpen()) { // its client closed: HttpCore began a graceful close that waits for our answer
                waiting.remove(c);
                IOSession s = sessions.get(c.getRemoteAddress());
                if (s != null) {
                    s.close(CloseMode.IMMEDIATE);
                }
            }
        }
    }

    @Override
    public void connected(IOSession session) {
        SocketAddress remote = session.getRemoteAddress();
        if (addresses.size() >= cap || remote == null) {
            refused.incrementAndGet();
            session.close(CloseMode.IMMEDIATE);
            if (Integer.bitCount(refused.get()) == 1) { // 1, 2, 4, 8, …: a flood is logged, not echoed per connection
                LOG.log(System.Logger.Level.WARNING, "latency server: {0} connections open, the most this process "
                        + "can hold; {1} new ones closed on arrival so far", cap, refused.get());
            }
            return;
        }
        addresses.put(session, remote);
        sessions.put(remote, session);
    }

    @Override
    public void disconnected(IOSession session) {
        SocketAddress remote = addresses.remove(session);
        if (remote != null) {
            sessions.remove(remote, session);
        }
    }

    @Override
    public void startTls(IOSession session) {
    }

    @Override
    public void inputReady(IOSession session) {
    }

    @Override
    public void outputReady(IOSession session) {
    }

    @Override
    public void timeout(IOSession session) {
    }

    @Override
    public void exception(IOSession session, Exception ex) {
    }
}
