package dev.concurrencylab.store;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.findings.Amounts;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import dev.concurrencylab.findings.FindingKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lesson's takeaway may quote from its step's runs, written in braces: {@code {cores}}; a run's result,
 * {@code {pool.wall}} (see {@link #RESULT_FIELDS}); a finding's sentence, {@code {gil.gil-contention}}; or one of
 * its numbers, {@code {gil.gil-contention.waitPercent}} (see {@link FindingKind#valueNames()}). A model that names
 * its interpreter is quoted by its whole entry, {@code {cpython-sequential@pypy3.wall}}. Checked when the lesson is
 * read, filled in when the step's run has ended.
 */
public final class LessonPlaceholders {
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final String CORES = "cores";
    private static final String MISSING = "—";

    /** A run's result fields a takeaway may quote, with how each is written. */
    private static final Map<String, Function<Quoted, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("wall", q -> Amounts.duration(q.result.wallMs()));
        FIELDS.put("bound", q -> Amounts.duration(q.result.boundMs()));
        FIELDS.put("speedUp", q -> String.format(Locale.ROOT, "%.2f×", q.baselineMs / q.result.wallMs()));
        FIELDS.put("efficiency", q -> String.format(Locale.ROOT, "%.2f", q.result.efficiency()));
        FIELDS.put("cpu", q -> Amounts.percent(q.result.cpuUtilization()));
        FIELDS.put("workers", q -> Integer.toString(q.result.workers()));
        FIELDS.put("errors", q -> Integer.toString(q.result.errors()));
        FIELDS.put("serviceP50", q -> Amounts.duration(q.result.serviceP50Ms()));
        FIELDS.put("serviceP99", q -> Amounts.duration(q.result.serviceP99Ms()));
        FIELDS.put("responseP50", q -> Amounts.duration(q.result.responseP50Ms()));
        FIELDS.put("responseP99", q -> Amounts.duration(q.result.responseP99Ms()));
        FIELDS.put("spawn", q -> q.result.spawnMs() == null ? MISSING : Amounts.duration(q.result.spawnMs()));
    }

    /** The result fields a takeaway may quote; {@code speedUp} is against the step's first model. */
    public static final List<String> RESULT_FIELDS = List.copyOf(FIELDS.keySet());

    private LessonPlaceholders() {
    }

    /** One run as a takeaway quotes it: its result and the step's first run's wall time. */
    private record Quoted(RunResult result, double baselineMs) {
    }

    /** Checks every placeholder against the step's models; a stray brace is an error too. */
    static void check(String text, List<ModelEntry> models) {
        List<String> ids = models.stream().map(ModelEntry::id).toList();
        Matcher m = BRACES.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String why = problem(m.group(1), ids);
            if (why != null) {
                throw new ConfigException("takeaway", "placeholder {" + m.group(1) + "}: " + why);
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            throw new ConfigException("takeaway", "a brace that opens or closes no placeholder; write placeholders "
                    + "as {model.field}, e.g. {pool.wall}");
        }
    }

    private static String problem(String p, List<String> ids) {
        String[] parts = parts(p, ids);
        if (parts.length == 1) {
            return p.equals(CORES) ? null : "expected {cores} or {model.field}, e.g. {" + ids.getFirst() + ".wall}";
        }
        if (parts.length > 3 || !ids.contains(parts[0])) {
            return parts.length > 3 ? "too many parts; expected {model.field} or {model.finding.value}"
                    : "'" + parts[0] + "' is not one of this step's models (" + String.join(", ", ids) + ")";
        }
        FindingKind kind = FindingKind.byId(parts[1]);
        if (parts.length == 2) {
            return FIELDS.containsKey(parts[1]) || kind != null ? null : "unknown field '" + parts[1]
                    + "'; allowed: " + String.join(", ", RESULT_FIELDS) + ", or a finding: " + FindingKind.allowed();
        }
        if (kind == null) {
            return "unknown finding '" + parts[1] + "'; allowed: " + FindingKind.allowed();
        }
        return kind.valueNames().contains(parts[2]) ? null : "a " + kind.id() + " finding has no value '" + parts[2]
                + "'; allowed: " + String.join(", ", kind.valueNames());
    }

    /**
     * The placeholder's parts: its model first, the longest of {@code ids} it starts with (an interpreter's name,
     * {@code cpython-sequential@python3.11}, may hold a dot), then the rest split at the dots.
     */
    private static String[] parts(String p, List<String> ids) {
        String model = null;
        for (String id : ids) {
            if (p.startsWith(id + ".") && (model == null || id.length() > model.length())) {
                model = id;
            }
        }
        if (model == null) {
            return p.split("\\.", -1);
        }
        String[] rest = p.substring(model.length() + 1).split("\\.", -1);
        String[] out = new String[rest.length + 1];
        out[0] = model;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** The text with every placeholder replaced from the runs (in the step's order) and their findings. */
    public static String fill(String text, List<RunOutput> runs, ComparisonFindings findings) {
        Matcher m = BRACES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), runs, findings)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String p, List<RunOutput> runs, ComparisonFindings findings) {
        List<String> labels = runs.stream().map(r -> r.result().label()).toList();
        String[] parts = parts(p, labels);
        if (parts.length == 1) {
            return runs.isEmpty() ? MISSING : Integer.toString(runs.getFirst().result().cores());
        }
        int index = labels.indexOf(parts[0]);
        if (index < 0) {
            return MISSING;
        }
        RunResult r = runs.get(index).result();
        Function<Quoted, String> field = FIELDS.get(parts[1]);
        if (parts.length == 2 && field != null) {
            return r.wallMs() > 0 ? field.apply(new Quoted(r, runs.getFirst().result().wallMs())) : MISSING;
        }
        FindingKind kind = FindingKind.byId(parts[1]);
        Finding f = kind == null ? null : findings.find(index, kind).orElse(null);
        if (f == null) {
            return "(no " + parts[1] + " finding in this run)";
        }
        return parts.length == 2 ? f.message() : number(parts[2], f.value(parts[2]));
    }

    /** Milliseconds as durations, percentages whole, speed-ups with ×, counts whole, the rest with one decimal. */
    private static String number(String name, double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (name.endsWith("Ms")) {
            return Amounts.duration(v);
        }
        if (name.endsWith("Percent")) {
            return String.format(Locale.ROOT, "%.0f %%", v);
        }
        if (name.equals("speedUp")) {
            return String.format(Locale.ROOT, "%.2f×", v);
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Amounts.decimal(v);
    }
}
