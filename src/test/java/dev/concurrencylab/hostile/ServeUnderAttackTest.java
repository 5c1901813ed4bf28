package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Finding 6: {@code serve} under attack, as a real process. Before the fix connections held by {@code stall=1}
 * kept their file handles after the client had gone (300 of them 30 s later), running out of handles killed
 * the listener for good while the process stayed up, and idle connections were never closed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServeUnderAttackTest {
    private Process server;
    private final List<Socket> clients = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : clients) {
            s.close();
        }
        if (server != null) {
            server.destroyForcibly();
        }
    }

    private URI serve(LabProcess p) throws Exception {
        Path out = Files.createTempFile("serve", ".out");
        server = p.stdout(ProcessBuilder.Redirect.to(out.toFile())).start();
        for (int i = 0; i < 400; i++) {
            List<String> lines = Files.readAllLines(out);
            if (!lines.isEmpty() && lines.get(0).startsWith("http://")) {
                return URI.create(lines.get(0).strip());
            }
            Thread.sleep(25);
        }
        throw new AssertionError("serve did not say its address");
    }

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/" + server.pid() + "/fd"))) {
            return s.count();
        }
    }

    private void waitForFiles(LongPredicate ok, String what) throws Exception {
        long n = files();
        for (int i = 0; i < 200 && !ok.test(n); i++) {
            Thread.sleep(25);
            n = files();
        }
        assertThat(ok.test(n)).as("%s: %d files open", what, n).isTrue();
    }

    private Socket connect(URI base, String request) throws IOException {
        Socket s = new Socket(base.getHost(), base.getPort());
        clients.add(s);
        if (request != null) {
            s.getOutputStream().write(("GET " + request + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static String get(URI base, String path) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void stalledConnectionsAreReleasedWhenTheirClientsGo() throws Exception {
        URI base = serve(LabProcess.cli("serve"));
        long idle = files();
        for (int i = 0; i < 300; i++) {
            connect(base, "/site/1?stall=1");
        }
        waitForFiles(n -> n >= idle + 300, "the server holds the stalled connections");
        for (Socket s : clients) {
            s.close();
        }
        clients.clear();
        waitForFiles(n -> n <= idle + 5, "released once the clients have gone");
    }

    @Test
    void idleConnectionsTimeOut() throws Exception {
        URI base = serve(LabProcess.cli("serve", "--idle-timeout-s", "1"));
        long idle = files();
        for (int i = 0; i < 200; i++) {
            connect(base, null); // connects and says nothing
        }
        waitForFiles(n -> n >= idle + 200, "the server holds the idle connections");
        waitForFiles(n -> n <= idle + 5, "closed after the idle timeout while the clients stay");
    }

    /**
     * More connections than the process can hold: the surplus is closed on arrival, and should accepting still
     * fail (this flood is faster than that, often), the server listens again: it answers once the clients left.
     */
    @Test
    void runningOutOfFileHandlesDoesNotKillTheListener() throws Exception {
        URI base = serve(LabProcess.cli("serve").fileLimit(300)); // room for ~260 sockets: it keeps ~100
        for (int i = 0; i < 600; i++) {
            try {
                connect(base, "/site/1?stall=1");
            } catch (IOException refused) {
                // the kernel's backlog is full: fine, the point is the server's side
            }
        }
        Thread.sleep(500);
        assertThat(server.isAlive()).isTrue();
        for (Socket s : clients) {
            s.close();
        }
        clients.clear();
        String answer = "";
        for (int i = 0; i < 80 && !answer.startsWith("HTTP/1.1 200"); i++) { // until the server sees the clients go
            try {
                answer = get(base, "/site/1?delay=1&bytes=5");
            } catch (IOException stillFull) {
                answer = "";
            }
            if (!answer.startsWith("HTTP/1.1 200")) {
                Thread.sleep(100); // closed on arrival: the server still counts connections whose clients left
            }
        }
        assertThat(answer).startsWith("HTTP/1.1 200");
    }
}
