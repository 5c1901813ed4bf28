package dev.concurrencylab.cli;

import picocli.CommandLine.Option;

/** {@code --workers N} of {@code run} and {@code compare} (a sweep takes a list instead). */
final class WorkersOption {
    @Option(names = "--workers", paramLabel = "N",
            description = "threads or processes for pool, forkjoin, gil, process, cpython-threads, cpython-processes "
                    + "(default 4)")
    Integer workers;
}
