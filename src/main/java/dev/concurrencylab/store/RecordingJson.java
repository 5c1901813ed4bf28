package dev.concurrencylab.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.concurrencylab.engine.RunResult;
import java.util.List;
import java.util.Map;

/**
 * A recording's shape. Segments and task times are stored column by column (one array per field, start times
 * as differences from the previous start), which with gzip keeps a 100,000-segment comparison near a megabyte
 * and reads back without building an object per segment. States and task statuses are codes into the name
 * lists written at the top, so a renumbered enum cannot change what an old file means.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "schemaVersion", "recordedAt", "machine", "states", "taskStatuses", "experiment", "runs",
    "sweep"})
record RecordingJson(String format, Integer schemaVersion, String recordedAt, String machine, List<String> states,
                     List<String> taskStatuses, ExperimentJson experiment, List<Run> runs, Sweep sweep) {
    static final String FORMAT = "concurrency-lab-recording";

    /** A sweep's measured points, results only (schema 2). */
    record Sweep(List<SweepPoint> points) {
    }

    /** One run of a sweep: the swept count, which repeat, and what it measured. */
    record SweepPoint(String model, Integer workers, Integer repeat, RunResult result) {
    }

    /** @param findings the run's findings as computed when recorded, for other tools (the app recomputes them) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Run(RunResult result, Trace trace, List<FindingJson> findings) {
    }

    record Trace(long nowNanos, boolean complete, List<Lane> lanes, Tasks tasks) {
    }

    /** {@code inferred}: codes of the states read from clocks rather than observed on this lane; absent for none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "kind", "cpuNanos", "openState", "openStart", "openTask", "inferred", "segments"})
    record Lane(int id, String name, String kind, long cpuNanos, Integer openState, long openStart, int openTask,
                List<Integer> inferred, Segments segments) {
    }

    /** Per segment: state code, task (-1 for none), start minus the previous segment's start, duration. */
    record Segments(int[] state, int[] task, long[] startDelta, long[] duration) {
    }

    /** Per task: times in nanoseconds since the run's origin (-1: never), status code; failures by task index. */
    record Tasks(long[] submitted, long[] started, long[] ended, int[] status, Map<String, String> failures) {
    }
}
