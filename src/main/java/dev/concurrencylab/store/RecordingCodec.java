package dev.concurrencylab.store;

import dev.concurrencylab.engine.ArraySegments;
import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunMetrics;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskStatus;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.TraceSnapshot;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.sweep.SweepPlan;
import dev.concurrencylab.sweep.SweepPoint;
import dev.concurrencylab.sweep.SweepSpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts between a {@link RecordedRun} and its file shape, checking on the way in everything a view relies on. */
final class RecordingCodec {
    /**
     * The schema written and the newest read. 2 could carry a sweep (#13); 3: results name their latency
     * percentiles {@code responseP50Ms...} (was {@code p50Ms...}, measured from submission) and add
     * {@code serviceP50Ms...}, which a run of schema 1 or 2 is given from its trace when read (a sweep point, which
     * has no trace, keeps 0); runs carry their findings. Always written as 3: an older version then says the
     * recording is newer instead of failing on a renamed field. 4: results name the interpreter their model's entry
     * chose ({@code interpreter}, for {@code cpython-sequential@pypy3}) and carry their {@code warmupSplit}, which a
     * run of schema 1 to 3 is given from its trace when read; the experiment may then be of schema 3.
     */
    static final int SCHEMA_VERSION = 4;
    /** Recordings before the latency split. */
    private static final int BEFORE_SERVICE_TIMES = 3;
    /** Recordings before the warm-up split. */
    private static final int BEFORE_WARMUP_SPLIT = 4;

    private RecordingCodec() {
    }

    static RecordingJson encode(RecordedRun run) {
        List<RecordingJson.Run> runs = new ArrayList<>();
        ComparisonFindings findings = ComparisonFindings.of(run.experiment().config().settings(), run.runs());
        for (int i = 0; i < run.runs().size(); i++) {
            RunOutput o = run.runs().get(i);
            runs.add(new RecordingJson.Run(o.result(), encode(o.trace()), FindingJson.of(findings, i, o.trace())));
        }
        RecordingJson.Sweep sweep = null;
        if (!run.sweep().isEmpty()) {
            sweep = new RecordingJson.Sweep(run.sweep().stream().map(p -> new RecordingJson.SweepPoint(
                    p.model().id(), p.workers(), p.repeat(), p.result())).toList());
        }
        return new RecordingJson(RecordingJson.FORMAT, SCHEMA_VERSION,
                run.recordedAt().toString(), run.machine(),
                Arrays.stream(State.values()).map(Enum::name).toList(),
                Arrays.stream(TaskStatus.values()).map(Enum::name).toList(),
                ExperimentJson.from(run.experiment()), runs, sweep);
    }

    private static RecordingJson.Trace encode(TraceSnapshot t) {
        List<RecordingJson.Lane> lanes = new ArrayList<>();
        for (LaneSnapshot l : t.lanes()) {
            Segments s = l.segments();
            int n = s.size();
            int[] state = new int[n];
            int[] task = new int[n];
            long[] delta = new long[n];
            long[] duration = new long[n];
            long previous = 0;
            for (int i = 0; i < n; i++) {
                state[i] = s.state(i).ordinal();
                task[i] = s.task(i);
                delta[i] = s.start(i) - previous;
                duration[i] = s.end(i) - s.start(i);
                previous = s.start(i);
            }
            lanes.add(new RecordingJson.Lane(l.id(), l.name(), l.kind().name(), l.cpuNanos(),
                    l.openState() == null ? null : l.openState().ordinal(), l.openStart(), l.openTask(),
                    l.inferred().isEmpty() ? null : l.inferred().stream().map(State::ordinal).toList(),
                    new RecordingJson.Segments(state, task, delta, duration)));
        }
        TaskTable tt = t.tasks();
        int[] status = new int[tt.size()];
        Map<String, String> failures = new LinkedHashMap<>();
        for (int i = 0; i < tt.size(); i++) {
            status[i] = tt.status()[i].ordinal();
            if (tt.failure()[i] != null) {
                failures.put(Integer.toString(i), tt.failure()[i]);
            }
        }
        return new RecordingJson.Trace(t.nowNanos(), t.complete(), lanes,
                new RecordingJson.Tasks(tt.submitted(), tt.started(), tt.ended(), status, failures));
    }

    /** Rebuilds the runs; anything inconsistent (a code out of range, a negative duration) is refused. */
    static RecordedRun decode(RecordingJson j, String source) throws ExperimentFileException {
        Decoder d = new Decoder(source);
        if (!RecordingJson.FORMAT.equals(j.format())) {
            throw d.bad("format", "not a Concurrency Lab recording (expected \"" + RecordingJson.FORMAT + "\")");
        }
        d.version(j.schemaVersion());
        Instant at;
        try {
            at = Instant.parse(d.required("recordedAt", j.recordedAt()));
        } catch (DateTimeParseException e) {
            throw d.bad("recordedAt", "expected a time such as 2026-01-31T09:00:00Z, was " + j.recordedAt());
        }
        State[] states = d.names("states", j.states(), State.class);
        TaskStatus[] statuses = d.names("taskStatuses", j.taskStatuses(), TaskStatus.class);
        ExperimentFile experiment = ExperimentFiles.toFile(d.required("experiment", j.experiment()), null, source);
        List<RunOutput> runs = new ArrayList<>();
        List<RecordingJson.Run> list = d.required("runs", j.runs());
        d.withinLimits(list);
        for (int r = 0; r < list.size(); r++) {
            String at0 = "runs[" + r + "]";
            RecordingJson.Run run = d.required(at0, list.get(r));
            d.required(at0 + ".result.model", d.required(at0 + ".result", run.result()).model());
            d.required(at0 + ".result.workload", run.result().workload());
            d.entry(at0 + ".result.interpreter", run.result());
            RecordingJson.Trace t = d.required(at0 + ".trace", run.trace());
            TaskTable tasks = d.tasks(at0 + ".trace.tasks", d.required(at0 + ".trace.tasks", t.tasks()), statuses);
            List<LaneSnapshot> lanes = new ArrayList<>();
            List<RecordingJson.Lane> ls = d.required(at0 + ".trace.lanes", t.lanes());
            for (int i = 0; i < ls.size(); i++) {
                lanes.add(d.lane(at0 + ".trace.lanes[" + i + "]", d.required(at0, ls.get(i)), states, tasks.size()));
            }
            RunResult result = j.schemaVersion() < BEFORE_SERVICE_TIMES
                    ? run.result().withServicePercentiles(RunMetrics.servicePercentiles(tasks)) : run.result();
            if (j.schemaVersion() < BEFORE_WARMUP_SPLIT && !result.cancelled()) {
                result = result.withWarmupSplit(RunMetrics.warmupSplit(result.workload(), tasks));
            }
            runs.add(new RunOutput(result, new TraceSnapshot(t.nowNanos(), lanes, tasks, t.complete())));
        }
        return new RecordedRun(experiment, runs, at, j.machine(), sweep(d, j.sweep()));
    }

    private static List<SweepPoint> sweep(Decoder d, RecordingJson.Sweep sweep) throws ExperimentFileException {
        if (sweep == null) {
            return List.of();
        }
        List<SweepPoint> points = new ArrayList<>();
        List<RecordingJson.SweepPoint> list = d.required("sweep.points", sweep.points());
        int most = SweepPlan.MAX_MODELS * SweepSpec.MAX_POINTS * SweepSpec.MAX_REPEATS;
        if (list.size() > most) {
            throw d.bad("sweep.points", "a sweep has at most " + most + " runs, was " + list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "sweep.points[" + i + "]";
            RecordingJson.SweepPoint p = d.required(at, list.get(i));
            ModelEntry model;
            try {
                model = ModelEntry.parse(d.required(at + ".model", p.model()));
            } catch (IllegalArgumentException e) {
                throw d.bad(at + ".model", p.model().contains(ModelEntry.AT) ? e.getMessage()
                        : "unknown model '" + p.model() + "'; allowed: " + ModelKind.allowed());
            }
            int workers = d.required(at + ".workers", p.workers());
            int repeat = d.required(at + ".repeat", p.repeat());
            d.required(at + ".result.workload", d.required(at + ".result", p.result()).workload());
            d.entry(at + ".result.interpreter", p.result());
            if (!model.equals(new ModelEntry(d.required(at + ".result.model", p.result().model()),
                    p.result().interpreter()))) {
                throw d.bad(at + ".result.model", "is " + p.result().label() + " where the point's model is " + model);
            }
            if (workers < 1 || repeat < 1) {
                throw d.bad(at, "workers and repeat start at 1, were " + workers + " and " + repeat);
            }
            points.add(new SweepPoint(model, workers, repeat, p.result(), null));
        }
        return points;
    }

    /** The checks, each naming the field at fault. */
    private record Decoder(String source) {
        ExperimentFileException bad(String field, String reason) {
            return new ExperimentFileException(source, field, -1, -1, reason, null);
        }

        /** A result's interpreter must be one a model entry could name: a cpython-* model's, a valid name. */
        void entry(String field, RunResult r) throws ExperimentFileException {
            try {
                r.entry();
            } catch (ConfigException e) {
                throw bad(field, e.getMessage().substring(e.field().length() + 2));
            }
        }

        /** The counts, before any segment is rebuilt: the parser's value cap bounds them, this names them. */
        void withinLimits(List<RecordingJson.Run> runs) throws ExperimentFileException {
            long segments = 0;
            for (int r = 0; r < runs.size(); r++) {
                RecordingJson.Trace t = runs.get(r) == null ? null : runs.get(r).trace();
                if (t == null) {
                    continue;
                }
                if (t.tasks() != null && t.tasks().status() != null
                        && t.tasks().status().length > RecordingLimits.MAX_TASKS) {
                    throw bad("runs[" + r + "].trace.tasks", "holds " + t.tasks().status().length
                            + " tasks; at most " + RecordingLimits.MAX_TASKS);
                }
                if (t.lanes() != null && t.lanes().size() > RecordingLimits.MAX_LANES) {
                    throw bad("runs[" + r + "].trace.lanes", "holds " + t.lanes().size() + " lanes; at most "
                            + RecordingLimits.MAX_LANES);
                }
                for (RecordingJson.Lane l : t.lanes() == null ? List.<RecordingJson.Lane>of() : t.lanes()) {
                    if (l != null && l.segments() != null && l.segments().state() != null) {
                        segments += l.segments().state().length;
                    }
                }
            }
            String tooMuch = RecordingLimits.exceeded(runs.size(), segments);
            if (tooMuch != null) {
                throw bad("runs", tooMuch);
            }
        }

        <T> T required(String field, T value) throws ExperimentFileException {
            if (value == null) {
                throw bad(field, "is required");
            }
            return value;
        }

        void version(Integer v) throws ExperimentFileException {
            required("schemaVersion", v);
            if (v > SCHEMA_VERSION) {
                throw bad("schemaVersion", "the recording was made by a newer Concurrency Lab (schema " + v
                        + "); this version reads schema " + SCHEMA_VERSION + " and older: update the app to open it");
            }
            if (v < 1) {
                throw bad("schemaVersion", "must be between 1 and " + SCHEMA_VERSION + ", was " + v);
            }
        }

        <E extends Enum<E>> E[] names(String field, List<String> names, Class<E> type) throws ExperimentFileException {
            required(field, names);
            @SuppressWarnings("unchecked")
            E[] out = (E[]) java.lang.reflect.Array.newInstance(type, names.size());
            for (int i = 0; i < out.length; i++) {
                try {
                    out[i] = Enum.valueOf(type, String.valueOf(names.get(i)));
                } catch (IllegalArgumentException e) {
                    throw bad(field + "[" + i + "]", "unknown name '" + names.get(i) + "'; allowed: "
                            + Arrays.toString(type.getEnumConstants()));
                }
            }
            return out;
        }

        TaskTable tasks(String field, RecordingJson.Tasks t, TaskStatus[] statuses) throws ExperimentFileException {
            int[] codes = required(field + ".status", t.status());
            int n = codes.length;
            long[] submitted = sized(field + ".submitted", t.submitted(), n);
            long[] started = sized(field + ".started", t.started(), n);
            long[] ended = sized(field + ".ended", t.ended(), n);
            TaskStatus[] status = new TaskStatus[n];
            for (int i = 0; i < n; i++) {
                status[i] = statuses[code(field + ".status[" + i + "]", codes[i], statuses.length)];
            }
            String[] failure = new String[n];
            if (t.failures() != null) {
                for (Map.Entry<String, String> e : t.failures().entrySet()) {
                    int i = index(field + ".failures", e.getKey(), n);
                    failure[i] = e.getValue();
                }
            }
            return new TaskTable(submitted, started, ended, status, failure);
        }

        LaneSnapshot lane(String field, RecordingJson.Lane l, State[] states, int tasks) throws ExperimentFileException {
            LaneKind kind;
            try {
                kind = LaneKind.valueOf(String.valueOf(l.kind()));
            } catch (IllegalArgumentException e) {
                throw bad(field + ".kind", "unknown lane kind '" + l.kind() + "'; allowed: "
                        + Arrays.toString(LaneKind.values()));
            }
            RecordingJson.Segments s = required(field + ".segments", l.segments());
            int[] codes = required(field + ".segments.state", s.state());
            int n = codes.length;
            int[] task = sized(field + ".segments.task", s.task(), n);
            long[] delta = sized(field + ".segments.startDelta", s.startDelta(), n);
            long[] duration = sized(field + ".segments.duration", s.duration(), n);
            ArraySegments.Builder b = ArraySegments.builder(n);
            long start = 0;
            for (int i = 0; i < n; i++) {
                start += delta[i];
                if (start < 0 || duration[i] < 0 || start + duration[i] < start) {
                    throw bad(field + ".segments", "segment " + i + " has a negative start or duration");
                }
                if (task[i] < -1 || task[i] >= tasks) {
                    throw bad(field + ".segments.task[" + i + "]", "must be -1 or a task from 0 to " + (tasks - 1));
                }
                b.add(states[code(field + ".segments.state[" + i + "]", codes[i], states.length)], task[i], start,
                        start + duration[i]);
            }
            State open = l.openState() == null ? null
                    : states[code(field + ".openState", l.openState(), states.length)];
            Set<State> inferred = EnumSet.noneOf(State.class);
            List<Integer> inferredCodes = l.inferred() == null ? List.of() : l.inferred();
            for (int i = 0; i < inferredCodes.size(); i++) {
                inferred.add(states[code(field + ".inferred[" + i + "]", required(field + ".inferred[" + i + "]",
                        inferredCodes.get(i)), states.length)]);
            }
            return new LaneSnapshot(l.id(), required(field + ".name", l.name()), kind, b.build(), l.cpuNanos(), open,
                    l.openStart(), l.openTask(), inferred);
        }

        private long[] sized(String field, long[] a, int n) throws ExperimentFileException {
            if (required(field, a).length != n) {
                throw bad(field, "has " + a.length + " entries where the other columns have " + n);
            }
            return a;
        }

        private int[] sized(String field, int[] a, int n) throws ExperimentFileException {
            if (required(field, a).length != n) {
                throw bad(field, "has " + a.length + " entries where the other columns have " + n);
            }
            return a;
        }

        private int code(String field, int code, int count) throws ExperimentFileException {
            if (code < 0 || code >= count) {
                throw bad(field, "must be a code from 0 to " + (count - 1) + ", was " + code);
            }
            return code;
        }

        private int index(String field, String key, int n) throws ExperimentFileException {
            try {
                return code(field + "." + key, Integer.parseInt(key), n);
            } catch (NumberFormatException e) {
                throw bad(field + "." + key, "expected a task index");
            }
        }
    }
}
