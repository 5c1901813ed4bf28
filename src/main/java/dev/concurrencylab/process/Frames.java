package dev.concurrencylab.process;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The binary framing between the app and its workers: a 4-byte length, then a 1-byte type and the payload.
 *
 * <p>Binary rather than JSON lines: it needs no library in the worker (so no extra class loading at spawn)
 * and encodes a task in about a microsecond; see the "Worker processes" section of the README.
 */
final class Frames {
    /** Parent → worker: a clock probe, answered with {@link #PONG}. */
    static final byte PING = 1;
    /** Parent → worker: a task to run. */
    static final byte TASK = 2;
    /** Worker → parent, once at start: {@link #MAGIC} (which carries the protocol's version), the worker's pid and clock. */
    static final byte READY = 10;
    static final byte PONG = 11;
    /** Worker → parent: when the worker began reading a task and when it had decoded it (worker's clock). */
    static final byte BEGIN = 12;
    /** Worker → parent: a step began (state, time). */
    static final byte STEP = 13;
    /**
     * Worker → parent: the current step ended (when a wait's cause ended, or {@link #NO_CAUSE_END}; time). A
     * sleep's cause ends when it falls due, and a worker that ran later than that was waiting for a core.
     */
    static final byte STEP_END = 14;
    static final byte RESULT = 15;
    static final byte FAILED = 16;
    /** Worker → parent while a task runs, so a silent worker can be told from a busy one. */
    static final byte HEARTBEAT = 17;

    /**
     * The protocol's version: 2 added the cause's end to {@link #STEP_END}. The app and its workers come from one
     * class path, so a mismatch means a broken install; the handshake says so rather than misreading frames.
     */
    static final int PROTOCOL = 2;
    /** "CLW" and the version's digit: "CLW2". */
    static final int MAGIC = 0x434C5730 + PROTOCOL;
    static final int MAGIC_FAMILY = MAGIC & 0xFFFFFF00;
    static final long NO_CAUSE_END = Long.MIN_VALUE;
    static final int MAX_FRAME = 16 * 1024 * 1024;

    private Frames() {
    }

    /** A frame being written: payload first, then sent whole with its length. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        final DataOutputStream data = new DataOutputStream(bytes);

        Out(byte type) {
            bytes.write(type);
        }

        /** Writes the frame to {@code out} (not flushed). */
        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }

        byte[] toFrame() {
            ByteBuffer b = ByteBuffer.allocate(4 + bytes.size());
            b.putInt(bytes.size()).put(bytes.toByteArray());
            return b.array();
        }
    }

    /** A frame received: its type and payload. */
    record In(byte type, ByteBuffer payload) {
        String string() {
            int n = payload.getInt();
            if (n < 0 || n > payload.remaining()) {
                throw new ProtocolException("a string of " + n + " bytes in a frame with " + payload.remaining() + " left");
            }
            String s = new String(payload.array(), payload.arrayOffset() + payload.position(), n,
                    java.nio.charset.StandardCharsets.UTF_8);
            payload.position(payload.position() + n);
            return s;
        }

        /** Fails unless the whole payload was read: a frame of the right type but the wrong size is garbage. */
        void end() {
            if (payload.hasRemaining()) {
                throw new ProtocolException("frame type " + type + " has " + payload.remaining() + " unexpected bytes");
            }
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads one frame; throws {@link EOFException} at a clean end of stream and {@link ProtocolException} on garbage. */
    static In read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 1 || length > MAX_FRAME) {
            throw new ProtocolException("frame length " + length + " outside 1.." + MAX_FRAME,
                    java.nio.ByteBuffer.allocate(4).putInt(length).array());
        }
        byte[] b = new byte[length];
        in.readFully(b);
        try {
            return new In(b[0], ByteBuffer.wrap(b, 1, length - 1).slice());
        } catch (RuntimeException e) {
            throw new ProtocolException("unreadable frame: " + e);
        }
    }

    static DataInputStream input(InputStream in) {
        return new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    }

    static DataOutputStream output(OutputStream out) {
        return new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
    }
}
