package dev.concurrencylab.findings;

import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code loop-blocked}: the event loop computed for at least {@link Thresholds#loopBlockMs()} without a break while
 * other tasks' waits had ended, so they could not go on. A stretch is the loop lane's RUNNING segments with less
 * than {@link Thresholds#loopMergeGapMs()} between them and no idle wait in between.
 *
 * <p>Which tasks it held up: where the trace has READY segments (a task's wait over, waiting for the loop), those
 * overlapping the stretch, with how long each waited. Otherwise the waits on the detached lane that were under way
 * when the stretch ended and were handled before the loop next went idle or computed again: a timer on the loop
 * fires only when the loop is free, so its wait is recorded as ending just after the stretch, and a reply that
 * arrived meanwhile ends inside it; how late each was is not in such a trace, so the message gives only how many.
 */
final class LoopBlocking implements Detector {
    /** Stretches examined for held-up tasks, longest first. */
    private static final int EXAMINED = 64;

    @Override
    public Optional<Finding> find(RunProfile run, Thresholds limits) {
        if (!run.eventLoop()) {
            return Optional.empty();
        }
        LaneSnapshot loop = run.threads.getFirst();
        List<Stretch> stretches = stretches(loop.segments(), Math.round(limits.loopMergeGapMs() * 1e6),
                Math.round(limits.loopBlockMs() * 1e6));
        if (stretches.isEmpty()) {
            return Optional.empty();
        }
        Waits waits = new Waits(run, loop);
        stretches.sort(Comparator.comparingLong(Stretch::length).reversed());
        for (int i = 0; i < Math.min(EXAMINED, stretches.size()); i++) {
            Stretch block = stretches.get(i);
            long[] delays = waits.heldUpBy(block);
            if (delays.length > 0) {
                return Optional.of(finding(run, loop, block, delays, waits.measured, stretches.size() - 1));
            }
        }
        return Optional.empty();
    }

    private static Finding finding(RunProfile run, LaneSnapshot loop, Stretch block, long[] delays, boolean measured,
                                   int others) {
        List<Integer> tasks = block.tasks(loop.segments());
        String cause = tasks.size() == 1 ? "task " + tasks.getFirst() + "'s CPU work"
                : "the CPU work of " + Amounts.tasks(tasks, tasks.size()) + "; the longest step "
                + Amounts.durationNanos(block.longestStep);
        StringBuilder m = new StringBuilder("The event loop computed for ").append(Amounts.durationNanos(block.length()))
                .append(" without a break (").append(cause).append("): ");
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("blockMs", block.length() / 1e6);
        values.put("causingTasks", (double) tasks.size());
        values.put("longestStepMs", block.longestStep / 1e6);
        values.put("delayedTasks", (double) delays.length);
        if (measured) {
            double mean = Arrays.stream(delays).average().orElse(0) / 1e6;
            double max = Arrays.stream(delays).max().orElse(0) / 1e6;
            m.append(Amounts.count(delays.length, "task")).append(" whose waits had ended waited for it, ")
                    .append(Amounts.duration(mean)).append(" on average, up to ").append(Amounts.duration(max));
            values.put("meanDelayMs", mean);
            values.put("maxDelayMs", max);
        } else {
            m.append("the waits of ").append(Amounts.count(delays.length, "task"))
                    .append(" ended meanwhile and were handled only after it");
        }
        if (others > 0) {
            m.append("; ").append(others).append(" more ").append(others == 1 ? "stretch" : "stretches")
                    .append(" of CPU work over the threshold");
        }
        values.put("otherBlocks", (double) others);
        return new Finding(FindingKind.LOOP_BLOCKED, Severity.WARNING, m.toString(), block.start, block.end,
                List.of(loop.id()), tasks, values);
    }

    /** The loop lane's stretches of uninterrupted CPU work at least {@code min} long. */
    static List<Stretch> stretches(Segments s, long gap, long min) {
        List<Stretch> out = new ArrayList<>();
        Stretch cur = null;
        for (int i = 0, n = s.size(); i < n; i++) {
            boolean running = s.state(i) == State.RUNNING;
            if (!running) {
                if (s.end(i) > s.start(i)) {
                    cur = keep(out, cur, min);
                }
                continue;
            }
            if (cur != null && s.start(i) - cur.end <= gap) {
                cur.extend(i, s);
            } else {
                keep(out, cur, min);
                cur = new Stretch(i, s);
            }
        }
        keep(out, cur, min);
        return out;
    }

    private static Stretch keep(List<Stretch> out, Stretch s, long min) {
        if (s != null && s.length() >= min) {
            out.add(s);
        }
        return null;
    }

    /** A stretch of the loop's CPU work: segments {@code first..last} of its lane. */
    static final class Stretch {
        final long start;
        final int first;
        long end;
        int last;
        long longestStep;
        int longestIndex;

        Stretch(int i, Segments s) {
            start = s.start(i);
            first = i;
            extend(i, s);
        }

        void extend(int i, Segments s) {
            end = s.end(i);
            last = i;
            if (s.end(i) - s.start(i) > longestStep) {
                longestStep = s.end(i) - s.start(i);
                longestIndex = i;
            }
        }

        long length() {
            return end - start;
        }

        /** The tasks whose CPU work made it, the longest step's first. */
        List<Integer> tasks(Segments s) {
            LinkedHashSet<Integer> ids = new LinkedHashSet<>();
            if (s.task(longestIndex) >= 0) {
                ids.add(s.task(longestIndex));
            }
            for (int i = first; i <= last; i++) {
                if (s.state(i) == State.RUNNING && s.task(i) >= 0) {
                    ids.add(s.task(i));
                }
            }
            return List.copyOf(ids);
        }
    }

    /** The tasks' waits, indexed for the question "which of them did this stretch hold up?". */
    private static final class Waits {
        /** READY segments are in the trace: the delays are measured. */
        final boolean measured;
        private final long[] start;
        private final long[] end;
        private final int[] task;
        /** Indices sorted by end (waits) or start (READY). */
        private final Integer[] order;
        private final Segments loop;

        Waits(RunProfile run, LaneSnapshot loopLane) {
            measured = run.allState[State.READY.ordinal()] > 0;
            loop = loopLane.segments();
            List<long[]> found = new ArrayList<>();
            for (LaneSnapshot lane : run.trace.lanes()) {
                if (lane.isThreadLike() && !measured) {
                    continue;
                }
                Segments s = lane.segments();
                for (int i = 0, n = s.size(); i < n; i++) {
                    State st = s.state(i);
                    boolean wanted = measured ? st == State.READY : st == State.IO_WAIT || st == State.CONN_WAIT;
                    if (wanted && s.task(i) >= 0) {
                        found.add(new long[] {s.start(i), s.end(i), s.task(i)});
                    }
                }
            }
            start = new long[found.size()];
            end = new long[found.size()];
            task = new int[found.size()];
            order = new Integer[found.size()];
            for (int i = 0; i < found.size(); i++) {
                start[i] = found.get(i)[0];
                end[i] = found.get(i)[1];
                task[i] = (int) found.get(i)[2];
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> measured ? start[i] : end[i]));
        }

        /** Per task held up by the stretch, how long it waited for the loop (0 where not measured). */
        long[] heldUpBy(Stretch block) {
            Map<Integer, Long> delay = new LinkedHashMap<>();
            if (measured) {
                for (Integer i : order) {
                    if (start[i] >= block.end) {
                        break;
                    }
                    if (end[i] > block.start && task[i] >= 0) {
                        delay.merge(task[i], end[i] - start[i], Math::max);
                    }
                }
            } else {
                long handledBy = nextActivity(block);
                int from = firstEndAfter(block.start);
                for (int k = from; k < order.length && end[order[k]] <= handledBy; k++) {
                    int i = order[k];
                    if (start[i] < block.end) {
                        delay.merge(task[i], 0L, Math::max);
                    }
                }
            }
            return delay.values().stream().mapToLong(Long::longValue).toArray();
        }

        /** When the loop next parked or computed after the stretch: by then it had handled what was due. */
        private long nextActivity(Stretch block) {
            for (int i = block.last + 1; i < loop.size(); i++) {
                if (loop.end(i) > loop.start(i) || loop.state(i) == State.RUNNING) {
                    return loop.start(i);
                }
            }
            return Long.MAX_VALUE;
        }

        private int firstEndAfter(long t) {
            int lo = 0;
            int hi = order.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (end[order[mid]] <= t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
