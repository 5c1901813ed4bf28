package dev.concurrencylab.process;

/** A worker (or the parent) sent bytes that are not a valid frame of the worker protocol. */
final class ProtocolException extends RuntimeException {
    /** The four bytes read as a frame's length when they could not be one, else null: often the start of text. */
    private final transient byte[] head;

    ProtocolException(String message) {
        this(message, null);
    }

    ProtocolException(String message, byte[] head) {
        super(message);
        this.head = head;
    }

    byte[] head() {
        return head;
    }
}
