package dev.concurrencylab.process;

/** A worker (or the parent) sent bytes that are not a valid frame of the worker protocol. */
final class ProtocolException extends RuntimeException {
    ProtocolException(String message) {
        super(message);
    }
}
