package dev.concurrencylab.cli;

import picocli.CommandLine.Option;

/** Where {@code run} and {@code compare} write machine-readable output besides the summary. */
final class OutputOptions {
    @Option(names = "--json", paramLabel = "FILE|-", description = "write the results as JSON to FILE, or - for standard output")
    String json;

    @Option(names = "--trace", paramLabel = "FILE", description = "write the whole trace as JSON")
    String trace;

    boolean jsonToStdout() {
        return "-".equals(json);
    }
}
