package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.render.SweepPicture;
import picocli.CommandLine.Option;

/** Where {@code sweep} writes besides its summary, and how its picture looks. */
final class SweepOutputOptions {
    @Option(names = "--json", paramLabel = "FILE|-",
            description = "write the points and fits as JSON to FILE, or - for standard output")
    String json;

    @Option(names = "--csv", paramLabel = "FILE|-", description = "write the points as CSV, one row per run")
    String csv;

    @Option(names = "--png", paramLabel = "FILE|-", description = "draw the sweep chart (points, fits, core count) as a PNG")
    String png;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1",
            description = "PNG scale: 2 repaints at twice the resolution (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "PNG colours (default: ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--axis", paramLabel = "speedup|throughput", defaultValue = "speedup",
            description = "PNG y axis: speed-up against each model's first count, or tasks per second "
                    + "(default: ${DEFAULT-VALUE})")
    String axis;

    @Option(names = "--log2", description = "PNG: a log₂ worker axis")
    boolean log2;

    @Option(names = "--record", paramLabel = "FILE|-",
            description = "save a recording of the sweep (experiment, counts, every point's result; open it in the app)")
    String record;

    /** The output options given, for {@link Outputs}. */
    java.util.Map<String, String> given() {
        return Outputs.given("json", json, "csv", csv, "png", png, "record", record);
    }

    /** Checks the picture options before anything runs, so a typo costs no sweep. */
    SweepPicture.Options pictureOptions() {
        PictureExport.checkScale(scale);
        SweepPicture.Axis a = switch (axis) {
            case "speedup" -> SweepPicture.Axis.SPEEDUP;
            case "throughput" -> SweepPicture.Axis.THROUGHPUT;
            default -> throw new ConfigException("axis", "must be speedup or throughput, was '" + axis + "'");
        };
        return SweepPicture.Options.defaults().withScale(scale).withPalette(PictureExport.palette(theme))
                .withAxis(a).withLog2(log2);
    }
}
