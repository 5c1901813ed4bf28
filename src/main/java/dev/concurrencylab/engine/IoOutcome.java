package dev.concurrencylab.engine;

/**
 * What an I/O wait returned.
 *
 * @param status an HTTP status, or 0 where there is none
 * @param bytes  bytes received
 */
public record IoOutcome(int status, long bytes) {
    public static final IoOutcome NONE = new IoOutcome(0, 0);
}
