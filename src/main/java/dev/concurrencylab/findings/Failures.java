package dev.concurrencylab.findings;

import dev.concurrencylab.engine.TaskTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code failures}: tasks that failed, grouped by reason (a stopped run's cut-short tasks are not failures:
 * {@link TaskTable#CANCELLED}, which results no longer count, and which older recordings still may).
 */
final class Failures implements Detector {
    private static final int REASONS_SHOWN = 3;
    private static final int REASON_LENGTH = 120;

    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        run.result.errorReasons().entrySet().stream()
                .filter(e -> !(run.result.cancelled() && TaskTable.CANCELLED.equals(e.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        int failed = reasons.values().stream().mapToInt(Integer::intValue).sum();
        if (failed == 0) {
            return Optional.empty();
        }
        TaskTable t = run.trace.tasks();
        List<Integer> ids = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.failed(i) && reasons.containsKey(t.failure()[i])) {
                ids.add(i);
                first = Math.min(first, Math.max(0, t.started()[i]));
                last = Math.max(last, t.ended()[i]);
            }
        }
        ids.sort(Comparator.comparingLong(i -> t.ended()[i]));
        StringBuilder m = new StringBuilder().append(failed).append(" of ").append(Amounts.count(t.size(), "task"))
                .append(" failed: ");
        int shown = 0;
        for (Map.Entry<String, Integer> e : reasons.entrySet()) {
            if (shown == REASONS_SHOWN) {
                m.append("; and ").append(reasons.size() - shown).append(" other reasons");
                break;
            }
            m.append(shown > 0 ? "; " : "").append(e.getValue()).append(" × ").append(shorten(e.getKey()));
            shown++;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("failedTasks", (double) failed);
        values.put("reasons", (double) reasons.size());
        if (first == Long.MAX_VALUE) {
            first = 0;
        }
        return Optional.of(new Finding(FindingKind.FAILURES, Severity.WARNING, m.toString(), first,
                Math.max(first, last), List.of(), ids, values));
    }

    private static String shorten(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= REASON_LENGTH ? oneLine : oneLine.substring(0, REASON_LENGTH - 1) + "…";
    }
}
