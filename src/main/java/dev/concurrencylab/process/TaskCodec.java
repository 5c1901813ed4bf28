package dev.concurrencylab.process;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.HashWork;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.RegexMatch;
import dev.concurrencylab.engine.RegexWork;
import dev.concurrencylab.engine.SleepRequest;
import dev.concurrencylab.engine.Step;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and results as frame payloads. A worker rebuilds a task from what defines it: a cpu-regex
 * step's string, a cpu-hash step's seed and rounds, a sleep's duration. HTTP requests stay in the app:
 * a workload with them is refused before any worker starts.
 */
final class TaskCodec {
    private static final byte REGEX = 1;
    private static final byte HASH = 2;
    private static final byte SLEEP = 3;
    private static final byte NO_RESULT = 0;
    private static final byte MATCH = 1;
    private static final byte TEXT = 2;
    private static final byte OUTCOME = 3;

    private TaskCodec() {
    }

    /** Throws a {@link ConfigException} naming the first step a worker could not rebuild. */
    static void requireSupported(List<LabTask> tasks) {
        for (LabTask t : tasks) {
            for (Step s : t.steps()) {
                boolean ok = switch (s) {
                    case Step.Cpu c -> c.work() instanceof RegexWork || c.work() instanceof HashWork;
                    case Step.Io io -> io.request() instanceof SleepRequest;
                };
                if (!ok) {
                    throw new ConfigException("model", "process workers run cpu-regex, cpu-hash, sleep and mixed "
                            + "tasks; they cannot perform " + describe(s) + " (run http under an in-process model)");
                }
            }
        }
    }

    private static String describe(Step s) {
        return switch (s) {
            case Step.Cpu c -> c.work().getClass().getSimpleName();
            case Step.Io io -> io.request().getClass().getSimpleName();
        };
    }

    static byte[] encodeTask(LabTask task) {
        Frames.Out f = new Frames.Out(Frames.TASK);
        try {
            f.data.writeInt(task.id());
            f.data.writeInt(task.steps().size());
            for (Step s : task.steps()) {
                writeStep(f.data, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return f.toFrame();
    }

    private static void writeStep(DataOutputStream out, Step s) throws IOException {
        switch (s) {
            case Step.Cpu c when c.work() instanceof RegexWork r -> {
                out.writeByte(REGEX);
                Frames.writeString(out, r.input());
            }
            case Step.Cpu c when c.work() instanceof HashWork h -> {
                out.writeByte(HASH);
                out.writeLong(h.seed());
                out.writeInt(h.rounds());
            }
            case Step.Io io when io.request() instanceof SleepRequest sleep -> {
                out.writeByte(SLEEP);
                out.writeLong(sleep.nanos());
            }
            default -> throw new ConfigException("model", "a worker cannot run " + describe(s));
        }
    }

    static LabTask decodeTask(Frames.In f) {
        try {
            int id = f.payload().getInt();
            int n = f.payload().getInt();
            if (n < 0 || n > f.payload().remaining()) {
                throw new ProtocolException("task with " + n + " steps");
            }
            List<Step> steps = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte kind = f.payload().get();
                steps.add(switch (kind) {
                    case REGEX -> new Step.Cpu(new RegexWork(f.string()));
                    case HASH -> new Step.Cpu(new HashWork(f.payload().getLong(), f.payload().getInt()));
                    case SLEEP -> new Step.Io(new SleepRequest(f.payload().getLong()));
                    default -> throw new ProtocolException("unknown step kind " + kind);
                });
            }
            f.end();
            return new LabTask(id, steps);
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("task frame cut short");
        }
    }

    static void writeResult(DataOutputStream out, Object result) throws IOException {
        switch (result) {
            case null -> out.writeByte(NO_RESULT);
            case RegexMatch m -> {
                out.writeByte(MATCH);
                out.writeBoolean(m.found());
                out.writeInt(m.start());
                out.writeInt(m.end());
            }
            case String s -> {
                out.writeByte(TEXT);
                Frames.writeString(out, s);
            }
            case IoOutcome o -> {
                out.writeByte(OUTCOME);
                out.writeInt(o.status());
                out.writeLong(o.bytes());
            }
            default -> throw new IllegalArgumentException("a worker cannot send a " + result.getClass().getName());
        }
    }

    /** Reads a result written by {@link #writeResult}, the same value an in-process run would have produced. */
    static Object readResult(Frames.In f) {
        byte kind = f.payload().get();
        return switch (kind) {
            case NO_RESULT -> null;
            case MATCH -> {
                boolean found = f.payload().get() != 0;
                int start = f.payload().getInt();
                int end = f.payload().getInt();
                yield found ? new RegexMatch(true, start, end) : RegexMatch.NONE;
            }
            case TEXT -> f.string();
            case OUTCOME -> {
                int status = f.payload().getInt();
                long bytes = f.payload().getLong();
                yield status == 0 && bytes == 0 ? IoOutcome.NONE : new IoOutcome(status, bytes);
            }
            default -> throw new ProtocolException("unknown result kind " + kind);
        };
    }
}
