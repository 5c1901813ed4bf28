package dev.concurrencylab.process;

import java.time.Duration;

/**
 * How long a worker may take to become ready, and how long a busy worker may stay silent (it sends a
 * heartbeat every {@value WorkerMain#HEARTBEAT_MS} ms while running a task) before it is stopped.
 */
record ProcessTimeouts(Duration ready, Duration silence) {
    static final ProcessTimeouts DEFAULT = new ProcessTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(5));
}
