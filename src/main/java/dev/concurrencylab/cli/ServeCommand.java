package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.net.Jitter;
import dev.concurrencylab.net.LatencyServer;
import dev.concurrencylab.net.Reply;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the embedded latency server on its own, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the latency server on 127.0.0.1 until stopped (Ctrl-C).",
                "GET /site/{n} answers after the delay; per request: ?" + Reply.PARAMETERS})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "port (default: a free one)")
    int port;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "100", description = "default delay (default: ${DEFAULT-VALUE})")
    double latencyMs;

    @Option(names = "--jitter-ms", paramLabel = "MS", defaultValue = "0", description = "default extra delay (default: ${DEFAULT-VALUE})")
    double jitterMs;

    @Option(names = "--dist", paramLabel = "D", defaultValue = "uniform",
            description = "how the extra delay is drawn: fixed, uniform, lognormal (default: ${DEFAULT-VALUE})")
    String dist;

    @Option(names = "--bytes", paramLabel = "N", defaultValue = "1024", description = "default body size (default: ${DEFAULT-VALUE})")
    int bytes;

    @Option(names = "--idle-timeout-s", paramLabel = "S", defaultValue = "60",
            description = "close a connection idle this long (no request, or a stalled one); one whose answer is "
                    + "due later is kept until then plus this (default: ${DEFAULT-VALUE})")
    int idleTimeoutS;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "loopback address to bind; other addresses are refused (default: ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        Reply defaults = Reply.defaults().withDelayMs(latencyMs).withJitter(jitterMs, Jitter.parse(dist))
                .withBodyBytes(bytes);
        ConfigException.requireRange("idle-timeout-s", idleTimeoutS, 1, 86_400);
        CountDownLatch stopped = new CountDownLatch(1);
        try (LatencyServer server = LatencyServer.start(host, port, defaults, Duration.ofSeconds(idleTimeoutS))) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "stop-latency-server");
            Runtime.getRuntime().addShutdownHook(hook);
            System.out.println(server.baseUri());
            System.out.println("Latency server on " + server.baseUri() + " — try " + server.site(1, "delay=250")
                    + " ; at most " + LatencyServer.connectionCap() + " connections at once (open-file limit); "
                    + "Ctrl-C to stop");
            System.out.flush();
            stopped.await();
        }
        return 0;
    }
}
