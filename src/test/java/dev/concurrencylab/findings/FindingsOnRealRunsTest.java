package dev.concurrencylab.findings;

import static dev.concurrencylab.findings.FindingRuns.CORES;
import static dev.concurrencylab.findings.FindingRuns.compare;
import static dev.concurrencylab.findings.FindingRuns.hash;
import static dev.concurrencylab.findings.FindingRuns.mixed;
import static dev.concurrencylab.findings.FindingRuns.sleep;
import static dev.concurrencylab.findings.FindingRuns.threadNanos;
import static dev.concurrencylab.findings.FindingRuns.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concurrencylab.engine.HashWork;
import dev.concurrencylab.engine.LaneKind;
import dev.concurrencylab.engine.LaneSnapshot;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.Segments;
import dev.concurrencylab.engine.State;
import dev.concurrencylab.engine.TaskTable;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.net.LatencyServer;
import dev.concurrencylab.net.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each kind on a real run made to show it, with its numbers checked against the trace; clean runs show none. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FindingsOnRealRunsTest {
    /** CPU work of about {@code ms} per task. */
    private static WorkloadConfig cpu(int tasks, double ms) {
        return hash(tasks, (int) Math.max(1, Math.round(ms * HashWork.roundsPerMilli())));
    }

    @Test
    void gilThreadsOnHashingWaitForTheLock() throws InterruptedException {
        FindingRuns.Ran ran = compare(cpu(20, 10), workers(2), ModelKind.SEQUENTIAL, ModelKind.GIL);
        RunOutput gil = ran.runs().get(1);
        Finding f = ran.get(1, FindingKind.GIL_CONTENTION);
        double share = threadNanos(gil, State.GIL_WAIT) / (double) threadNanos(gil);
        assertThat(f.value("waitPercent")).isCloseTo(share * 100, within(0.01));
        assertThat(f.value("threads")).isEqualTo(2);
        assertThat(f.value("coresUsed")).isBetween(0.5, 1.02); // one thread computes at a time
        assertThat(f.message()).startsWith("2 threads, ").contains(Amounts.percent(share) + " of thread time waiting")
                .doesNotContain("inferred");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(ran.has(0, FindingKind.GIL_CONTENTION)).isFalse();
    }

    @Test
    void anEventLoopComputingForLongHoldsUpTheTasksWhoseWaitsEnded() throws InterruptedException {
        // each task computes about 160 ms, then sleeps 40 ms: the loop runs the CPU parts back to back, so the sleeps
        // that fall due meanwhile fire only when it is done
        FindingRuns.Ran ran = compare(mixed(6, 200, 0.8), workers(1), ModelKind.EVENTLOOP);
        Finding f = ran.get(0, FindingKind.LOOP_BLOCKED);
        RunOutput run = ran.runs().get(0);
        LaneSnapshot loop = run.trace().threadLanes().getFirst();
        assertThat(f.lanes()).containsExactly(loop.id());
        assertThat(f.value("blockMs")).isCloseTo((f.endNanos() - f.startNanos()) / 1e6, within(1e-6))
                .isGreaterThanOrEqualTo(50);
        // the span is the loop's own CPU work, from a step's start to a step's end, with no break of 1 ms or more
        Segments s = loop.segments();
        long running = 0;
        boolean starts = false;
        boolean ends = false;
        for (int i = 0; i < s.size(); i++) {
            if (s.state(i) == State.RUNNING && s.start(i) >= f.startNanos() && s.end(i) <= f.endNanos()) {
                running += s.end(i) - s.start(i);
                starts |= s.start(i) == f.startNanos();
                ends |= s.end(i) == f.endNanos();
            }
        }
        assertThat(starts && ends).isTrue();
        assertThat(f.endNanos() - f.startNanos() - running).isLessThan(6 * 1_000_000L);
        // held up: the tasks whose sleep fell due (its IO_WAIT's end) before the stretch ended and which then waited
        // READY for the loop past that end; how long each waited is that READY segment
        List<Long> waited = new ArrayList<>();
        for (LaneSnapshot lane : run.trace().lanes()) {
            Segments w = lane.segments();
            for (int i = 1; lane.kind() == LaneKind.DETACHED && i < w.size(); i++) {
                boolean after = w.state(i) == State.READY && w.state(i - 1) == State.IO_WAIT && w.task(i) == w.task(i - 1);
                if (after && w.start(i) < f.endNanos() && w.end(i) >= f.endNanos()) {
                    waited.add(w.end(i) - w.start(i));
                }
            }
        }
        assertThat(waited).isNotEmpty();
        assertThat(f.value("delayedTasks")).isEqualTo(waited.size());
        assertThat(f.value("maxDelayMs")).isCloseTo(waited.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e6,
                within(1e-6));
        assertThat(f.message()).contains("computed for " + Amounts.durationNanos(f.endNanos() - f.startNanos())
                + " without a break").contains(Amounts.count(waited.size(), "task") + " whose waits had ended waited "
                + "for it").contains("up to " + Amounts.duration(f.value("maxDelayMs")));
    }

    @Test
    void aPoolOfFourOnTwoHundredSleepsQueuesTasksAndMoreWorkersWouldHelp() throws InterruptedException {
        FindingRuns.Ran ran = compare(sleep(200, 5), workers(4), ModelKind.POOL);
        Finding f = ran.get(0, FindingKind.QUEUEING);
        long[] waits = queueWaits(ran.runs().get(0).trace().tasks());
        assertThat(f.value("medianWaitMs")).isCloseTo(waits[(waits.length - 1) / 2] / 1e6, within(1e-9));
        assertThat(f.value("maxWaitMs")).isCloseTo(waits[waits.length - 1] / 1e6, within(1e-9));
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("more workers would help")
                .contains("median " + Amounts.durationNanos(waits[(waits.length - 1) / 2]));
    }

    @Test
    void fiftyThreadsBehindFiveConnectionsWaitForThemAndMoreWorkersWouldNotHelp() throws InterruptedException {
        WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(200).withLatencyMs(20);
        FindingRuns.Ran ran = compare(w, workers(50).withMaxConnections(5), ModelKind.POOL);
        RunOutput run = ran.runs().get(0);
        Finding pool = ran.get(0, FindingKind.CONNECTION_POOL_WAIT);
        long waiting = threadNanos(run, State.CONN_WAIT);
        long total = threadNanos(run);
        assertThat(pool.value("poolSize")).isEqualTo(5);
        assertThat(pool.value("waitMs")).isCloseTo(waiting / 1e6, within(1e-6));
        assertThat(pool.value("waitPercent")).isCloseTo(waiting * 100.0 / total, within(1e-6)).isGreaterThan(50);
        assertThat(pool.value("waitingThreads")).isBetween(6.0, 50.0);
        assertThat(pool.severity()).isEqualTo(Severity.WARNING);
        assertThat(pool.message()).contains(" of 200 requests (on ").contains(" of 50 threads) waited for one of 5 "
                + "pooled connections: " + Amounts.durationNanos(waiting) + " in all");
        Finding f = ran.get(0, FindingKind.QUEUEING);
        assertThat(f.message()).contains("more workers would not help, the HTTP client allows only 5 connections "
                + "for 50 workers");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        long[] waits = queueWaits(ran.runs().get(0).trace().tasks());
        assertThat(f.value("medianWaitMs")).isCloseTo(waits[(waits.length - 1) / 2] / 1e6, within(1e-9));
    }

    @Test
    void fourTimesMoreThreadsThanCoresOnHashingAreOversubscribed() throws InterruptedException {
        int threads = 4 * CORES;
        FindingRuns.Ran ran = compare(cpu(8 * threads, 15), workers(threads), ModelKind.POOL);
        Finding f = ran.get(0, FindingKind.OVERSUBSCRIBED);
        assertThat(f.value("threads")).isEqualTo(threads);
        assertThat(f.value("overPercent")).isGreaterThanOrEqualTo(25)
                .isCloseTo(overCoresShare(ran.runs().get(0), CORES) * 100, within(2.0));
        assertThat(f.message()).startsWith(threads + " threads RUNNING on " + CORES + " core");
    }

    @Test
    void cleanRunsRaiseNoWarning() throws InterruptedException {
        FindingRuns.Ran loop = compare(sleep(200, 20), workers(1), ModelKind.EVENTLOOP);
        FindingRuns.Ran pool = compare(cpu(30 * CORES, 5), workers(CORES), ModelKind.POOL);
        for (FindingRuns.Ran ran : List.of(loop, pool)) {
            assertThat(ran.of(0)).noneMatch(f -> f.kind() == FindingKind.LOOP_BLOCKED
                    || f.kind() == FindingKind.GIL_CONTENTION || f.kind() == FindingKind.OVERSUBSCRIBED);
        }
        assertThat(loop.warnings(0)).isEmpty();
        // the pool's queue is the cores' doing: said, not warned about (a loaded machine may still leave a
        // straggler at the end, which tail-imbalance rightly reports, so that kind is not asserted here)
        assertThat(pool.get(0, FindingKind.QUEUEING).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void workerProcessesPayToStart() throws InterruptedException {
        FindingRuns.Ran ran = compare(cpu(20, 2), workers(2), ModelKind.PROCESS);
        RunOutput run = ran.runs().get(0);
        Finding f = ran.get(0, FindingKind.SPAWN_COST);
        assertThat(f.value("workers")).isEqualTo(2);
        assertThat(f.value("meanSpawnMs")).isCloseTo(run.result().spawnMs() / 2, within(0.01));
        long[] spawn = span(run, State.SPAWN);
        assertThat(f.value("readyAfterMs")).isCloseTo(spawn[1] / 1e6, within(1e-9));
        assertThat(f.value("sharePercent")).isCloseTo(spawn[1] / 1e4 / run.result().wallMs(), within(0.01));
    }

    @Test
    void aFifthTaskOnFourWorkersRunsAloneAtTheEnd() throws InterruptedException {
        // 5 sleeps on 4 workers: whichever worker frees first takes the fifth, which then runs with three idle
        FindingRuns.Ran ran = compare(sleep(5, 100), workers(4), ModelKind.POOL);
        Finding f = ran.get(0, FindingKind.TAIL_IMBALANCE);
        TaskTable t = ran.runs().get(0).trace().tasks();
        int last = 0;
        for (int i = 1; i < t.size(); i++) {
            last = t.ended()[i] > t.ended()[last] ? i : last;
        }
        assertThat(f.tasks()).first().isEqualTo(last);
        // the tail ends with the last task and begins once fewer than 2 workers are busy: within its own run
        assertThat(f.endNanos()).isGreaterThanOrEqualTo(t.ended()[last] - 4_000_000L);
        assertThat(f.startNanos()).isGreaterThanOrEqualTo(t.started()[last] - 4_000_000L);
        assertThat(f.value("busyWorkers")).isLessThan(2);
        assertThat(f.message()).contains(" of 4 workers busy on average: task " + last + " ran on to the end");
    }

    @Test
    void failedRequestsAreGroupedByReason() throws InterruptedException {
        try (LatencyServer server = LatencyServer.start(Reply.defaults().withDelayMs(5))) {
            WorkloadConfig w = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(6)
                    .withUrls(List.of(server.site(1, "error=1").toString()));
            FindingRuns.Ran ran = compare(w, workers(2), ModelKind.POOL);
            Finding f = ran.get(0, FindingKind.FAILURES);
            String reason = ran.runs().get(0).result().errorReasons().keySet().iterator().next();
            assertThat(f.value("failedTasks")).isEqualTo(6);
            assertThat(f.tasks()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
            assertThat(f.message()).startsWith("6 of 6 tasks failed: 6 × " + reason);
        }
    }

    private static long[] span(RunOutput run, State state) {
        long first = Long.MAX_VALUE;
        long last = 0;
        for (LaneSnapshot l : run.trace().lanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                if (s.state(i) == state) {
                    first = Math.min(first, s.start(i));
                    last = Math.max(last, s.end(i));
                }
            }
        }
        return new long[] {first, last};
    }

    private static long[] queueWaits(TaskTable t) {
        long[] w = new long[t.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = t.started()[i] - t.submitted()[i];
        }
        Arrays.sort(w);
        return w;
    }

    /** Exactly, by a sweep over every RUNNING start and end: the share of the active span with more lanes RUNNING than cores. */
    private static double overCoresShare(RunOutput run, int cores) {
        List<long[]> events = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        for (LaneSnapshot l : run.trace().threadLanes()) {
            Segments s = l.segments();
            for (int i = 0; i < s.size(); i++) {
                first = Math.min(first, s.start(i));
                last = Math.max(last, s.end(i));
                if (s.state(i) == State.RUNNING && s.end(i) > s.start(i)) {
                    events.add(new long[] {s.start(i), 1});
                    events.add(new long[] {s.end(i), -1});
                }
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long over = 0;
        int running = 0;
        long at = 0;
        for (long[] e : events) {
            if (running > cores) {
                over += e[0] - at;
            }
            running += (int) e[1];
            at = e[0];
        }
        return over / (double) (last - first);
    }
}
