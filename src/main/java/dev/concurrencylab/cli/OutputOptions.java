package dev.concurrencylab.cli;

import picocli.CommandLine.Option;

/**
 * Where {@code run} and {@code compare} write machine-readable output besides the summary. Each takes a file or
 * {@code -} for standard output (one of them at a time; the summary then goes to standard error); see
 * {@link Outputs} for how files are written.
 */
final class OutputOptions {
    @Option(names = "--json", paramLabel = "FILE|-", description = "write the results as JSON to FILE, or - for standard output")
    String json;

    @Option(names = "--trace", paramLabel = "FILE|-", description = "write the whole trace as JSON")
    String trace;

    @Option(names = "--png", paramLabel = "FILE|-", description = "draw the comparison (timelines, legend, summary) as a PNG")
    String png;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1",
            description = "PNG scale: 2 repaints at twice the resolution (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--no-findings",
            description = "PNG: leave out the findings (the numbered markers on the timelines and their list)")
    boolean noFindings;

    @Option(names = "--view", paramLabel = "threads|tasks", defaultValue = "threads",
            description = "PNG lanes: a lane per thread or per task (default: ${DEFAULT-VALUE})")
    String view;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "PNG colours (default: ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--record", paramLabel = "FILE|-",
            description = "save a recording (experiment, traces and results; open it in the app), e.g. lesson.labrun")
    String record;

    @Option(names = "--csv", paramLabel = "FILE|-", description = "write the metrics as CSV, one row per run")
    String csv;

    @Option(names = "--chrome-trace", paramLabel = "FILE|-",
            description = "write the trace in the Chrome Trace Event Format, for Perfetto UI or chrome://tracing")
    String chromeTrace;


    /** The output options given, for {@link Outputs}. */
    java.util.Map<String, String> given() {
        return Outputs.given("json", json, "trace", trace, "png", png, "record", record, "csv", csv,
                "chrome-trace", chromeTrace);
    }
}
