package dev.concurrencylab.python;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.HashWork;
import dev.concurrencylab.engine.IoOutcome;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.RegexMatch;
import dev.concurrencylab.engine.RegexWork;
import dev.concurrencylab.engine.SleepRequest;
import dev.concurrencylab.engine.Step;
import dev.concurrencylab.net.HostRateCap;
import dev.concurrencylab.net.HttpFetch;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Tasks as the driver reads them, and its results as the engine's: a regex step sends its string, a hash step
 * its seed and rounds, a sleep its nanoseconds, an HTTP GET its URL. The driver rebuilds the very work the JVM
 * models run, so the matches, spans and digests come out the same.
 */
final class TaskMessages {
    /**
     * The JVM's pattern in Python's syntax: the same except {@code .}, which in Java matches anything but the
     * five line terminators below and in Python anything but {@code \n}. The driver compiles it with re.ASCII, so
     * {@code \w} is [A-Za-z0-9_] as in Java.
     */
    static final String PYTHON_PATTERN = RegexWork.PATTERN.pattern().replace(".", "[^\\n\\r\\x85\\u2028\\u2029]");
    /** A response may take 10 s past twice the wait the server is asked for (the JVM's client: 10 s past it). */
    private static final double RESPONSE_SLACK_SECONDS = 10;

    private TaskMessages() {
    }

    /** Refuses, before anything runs, a step the driver cannot rebuild. */
    static void requireSupported(List<LabTask> tasks) {
        for (LabTask t : tasks) {
            for (Step s : t.steps()) {
                boolean known = switch (s) {
                    case Step.Cpu cpu -> cpu.work() instanceof RegexWork || cpu.work() instanceof HashWork;
                    case Step.Io io -> io.request() instanceof SleepRequest || io.request() instanceof HttpFetch;
                };
                if (!known) {
                    throw new ConfigException("models", "the CPython models cannot run a step of type " + s);
                }
            }
        }
    }

    /** The load command: the model, the pattern, the HTTP settings where the tasks fetch URLs, and every task. */
    static void writeLoad(JsonGenerator g, String model, List<LabTask> tasks) {
        g.writeStartObject();
        g.writeStringProperty("op", "load");
        g.writeStringProperty("model", model);
        g.writeStringProperty("regex", PYTHON_PATTERN);
        writeHttp(g, tasks);
        g.writeName("tasks");
        g.writeStartArray();
        for (LabTask t : tasks) {
            g.writeStartArray();
            g.writeNumber(t.id());
            g.writeStartArray();
            for (Step s : t.steps()) {
                writeStep(g, s);
            }
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeStep(JsonGenerator g, Step s) {
        g.writeStartArray();
        switch (s) {
            case Step.Cpu(RegexWork r) -> {
                g.writeString("regex");
                g.writeString(r.input());
            }
            case Step.Cpu(HashWork h) -> {
                g.writeString("hash");
                g.writeNumber(h.seed());
                g.writeNumber(h.rounds());
            }
            case Step.Io(SleepRequest sleep) -> {
                g.writeString("sleep");
                g.writeNumber(sleep.nanos());
            }
            case Step.Io(HttpFetch f) -> {
                g.writeString("get");
                g.writeString(f.uri().toString());
            }
            default -> throw new ConfigException("models", "the CPython models cannot run a step of type " + s);
        }
        g.writeEndArray();
    }

    private static void writeHttp(JsonGenerator g, List<LabTask> tasks) {
        long longest = 0;
        Set<String> capped = new TreeSet<>();
        boolean any = false;
        for (LabTask t : tasks) {
            for (Step s : t.steps()) {
                if (s instanceof Step.Io io && io.request() instanceof HttpFetch f) {
                    any = true;
                    longest = Math.max(longest, f.nominalNanos());
                    if (HostRateCap.capped(f.uri())) {
                        capped.add(f.uri().getHost().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        if (!any) {
            return;
        }
        g.writeName("http");
        g.writeStartObject();
        g.writeNumberProperty("timeout", RESPONSE_SLACK_SECONDS + 2 * longest / 1e9);
        g.writeNumberProperty("perSecond", HostRateCap.REAL_SITE_PER_SECOND);
        g.writeName("cappedHosts");
        g.writeStartArray();
        for (String h : capped) {
            g.writeString(h);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A task's result as the JVM models give it, from the driver's: a RegexMatch, a digest, an IoOutcome. */
    static Object result(LabTask task, JsonNode r) {
        Step last = task.steps().getLast();
        if (last instanceof Step.Cpu cpu && cpu.work() instanceof RegexWork w) {
            return r.get(0).asInt() == 1
                    ? new RegexMatch(true, utf16(w.input(), r.get(1).asInt()), utf16(w.input(), r.get(2).asInt()))
                    : RegexMatch.NONE;
        }
        if (last instanceof Step.Cpu) {
            return r.asString();
        }
        return new IoOutcome(r.get(0).asInt(), r.get(1).asLong());
    }

    /** Python counts code points, Java UTF-16 units: they differ past a character outside the BMP. */
    private static int utf16(String s, int codePoints) {
        return s.length() == s.codePointCount(0, s.length()) ? codePoints : s.offsetByCodePoints(0, codePoints);
    }
}
