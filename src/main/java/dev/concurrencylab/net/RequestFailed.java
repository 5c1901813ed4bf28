package dev.concurrencylab.net;

import dev.concurrencylab.engine.TaskFailure;
import dev.concurrencylab.engine.TaskTable;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * A failed GET, with a short reason a student can read: "timeout, no response within 1000 ms",
 * "connection reset", "HTTP 500", "unknown host example.invalid". Equal failures give equal reasons,
 * so a run's failures group by cause.
 */
public final class RequestFailed extends TaskFailure {
    private static final long serialVersionUID = 1L;

    public RequestFailed(String reason, Throwable cause) {
        super(reason, cause);
    }

    public RequestFailed(String reason) {
        super(reason);
    }

    static RequestFailed status(int status) {
        return new RequestFailed("HTTP " + status);
    }

    /** Translates what a client threw into a readable reason. */
    static RequestFailed of(Throwable e, HttpTimeouts timeouts, URI uri) {
        if (e instanceof RequestFailed r) {
            return r;
        }
        return new RequestFailed(reason(e, timeouts, uri), e);
    }

    private static String reason(Throwable e, HttpTimeouts timeouts, URI uri) {
        if (e instanceof ClientProtocolException && e.getCause() != null) {
            return reason(e.getCause(), timeouts, uri);
        }
        if (e instanceof MessageConstraintException) {
            return "response headers too large (at most " + HttpClientSettings.MAX_HEADERS + " lines of "
                    + HttpClientSettings.MAX_LINE + " bytes)";
        }
        if (e instanceof RedirectException) {
            return "redirect refused: " + e.getMessage();
        }
        if (e instanceof ProtocolException && String.valueOf(e.getMessage()).startsWith("Redirect")) {
            return "redirect refused: " + e.getMessage(); // e.g. to file://, which has no host to fetch from
        }
        if (e.getCause() instanceof ProtocolException p && e.getCause() != e) {
            return reason(p, timeouts, uri);
        }
        if (e instanceof ConnectTimeoutException) {
            return "timeout, no connection within " + timeouts.connect().toMillis() + " ms";
        }
        if (e instanceof SocketTimeoutException) {
            return "timeout, no response within " + timeouts.response().toMillis() + " ms";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + uri.getHost();
        }
        if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (e instanceof ConnectionClosedException || e instanceof NoHttpResponseException) {
            return "connection reset (closed before the response was complete)";
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof SocketException && (m.contains("reset") || m.contains("broken pipe"))) {
            return "connection reset";
        }
        if (e instanceof InterruptedIOException || e instanceof InterruptedException) {
            return TaskTable.CANCELLED;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
