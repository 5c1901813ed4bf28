package dev.concurrencylab.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web server on 127.0.0.1 that misbehaves on purpose, on plain sockets (so it can do what no HTTP library
 * would): it stalls, drips, streams without end, sends headers without end, resets, or redirects to a file.
 * Each connection runs on a virtual thread and ends when the client goes away or the server is closed.
 */
final class HostileServer implements AutoCloseable {
    enum Behaviour {
        /** Reads the request and never answers. */
        STALL,
        /** Sends a head promising a megabyte, then one byte every 100 ms: never idle long enough to time out. */
        DRIP_BODY,
        /** A chunked body of 64 KiB chunks, without end, as fast as the client reads. */
        ENDLESS_BODY,
        /** A status line, then header lines without end. */
        ENDLESS_HEADERS,
        /** A status line, then one header line that never ends. */
        ENDLESS_HEADER_LINE,
        /** A header line every 100 ms, without end: never idle, never done. */
        DRIP_HEADERS,
        /** Resets the connection once the request has arrived. */
        RESET,
        /** Redirects to file:///etc/passwd. */
        REDIRECT_TO_FILE,
        /** Redirects to itself, for ever. */
        REDIRECT_LOOP
    }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private HostileServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
        Thread.ofVirtual().name("hostile-accept").start(this::accept);
    }

    static HostileServer start(Behaviour b) throws IOException {
        return new HostileServer(b);
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/page";
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            readHead(in);
            switch (behaviour) {
                case STALL -> in.read(); // until the client closes
                case DRIP_BODY -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n"));
                    for (int i = 0; ; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                }
                case ENDLESS_BODY -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
                    byte[] chunk = new byte[65536];
                    Arrays.fill(chunk, (byte) 'x');
                    byte[] size = ascii("10000\r\n");
                    byte[] end = ascii("\r\n");
                    while (true) {
                        out.write(size);
                        out.write(chunk);
                        out.write(end);
                    }
                }
                case ENDLESS_HEADERS -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\n"));
                    byte[] line = ascii("X-Again: and again and again\r\n");
                    while (true) {
                        out.write(line);
                    }
                }
                case ENDLESS_HEADER_LINE -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\nX-Long: "));
                    byte[] more = new byte[8192];
                    Arrays.fill(more, (byte) 'a');
                    while (true) {
                        out.write(more);
                    }
                }
                case DRIP_HEADERS -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\n"));
                    for (int i = 0; ; i++) {
                        out.write(ascii("X-Slow-" + i + ": 1\r\n"));
                        out.flush();
                        Thread.sleep(100);
                    }
                }
                case RESET -> {
                    s.setSoLinger(true, 0);
                    s.close();
                }
                case REDIRECT_TO_FILE -> out.write(ascii("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nConnection: close\r\n"
                        + "Content-Length: 0\r\n\r\n"));
                case REDIRECT_LOOP -> {
                    for (int i = 0; ; i++) {
                        out.write(ascii("HTTP/1.1 302 Found\r\nLocation: " + url() + i + "\r\nContent-Length: 0\r\n\r\n"));
                        out.flush();
                        readHead(in);
                    }
                }
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away, or the server was closed
        } finally {
            open.remove(s);
        }
    }

    /** Reads up to the blank line after a request's head (at most 64 KiB). */
    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        for (int n = 0; n < 65536; n++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
