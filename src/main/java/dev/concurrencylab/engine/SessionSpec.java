package dev.concurrencylab.engine;

/**
 * What a model needs from the I/O session of one run.
 *
 * @param concurrency    how many requests may be in flight at once under the model
 * @param async          true for an event loop: requests are started with {@link IoSession#callAsync}
 * @param maxConnections a connection-pool limit asked for by the user, or 0 to size it to the concurrency
 */
public record SessionSpec(int concurrency, boolean async, int maxConnections) {
    /** What {@code model} needs for {@code tasks} tasks: its I/O concurrency, non-blocking for the event loop. */
    public static SessionSpec of(ModelKind model, ModelSettings settings, int tasks) {
        return new SessionSpec(settings.ioConcurrency(model, tasks), model == ModelKind.EVENTLOOP,
                settings.maxConnections());
    }

    /** The HTTP client's connection pool: the user's limit, or one connection per request in flight. */
    public int connectionPool() {
        return maxConnections > 0 ? maxConnections : Math.max(1, concurrency);
    }
}
