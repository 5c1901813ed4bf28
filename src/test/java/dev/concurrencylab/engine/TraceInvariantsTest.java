package dev.concurrencylab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every in-process model, on every local workload, leaves a trace that keeps the invariants. */
class TraceInvariantsTest {
    static final ModelKind[] IN_PROCESS = {ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.VIRTUAL,
        ModelKind.FORKJOIN, ModelKind.EVENTLOOP, ModelKind.GIL, ModelKind.ARTICLE_ASYNCIO};

    static Stream<Arguments> cases() {
        WorkloadConfig[] workloads = {Runs.regex(12, 300), Runs.hash(12, 2000), Runs.sleep(12, 5), Runs.mixed(12, 6, 0.5)};
        return Stream.of(IN_PROCESS).flatMap(m -> Stream.of(workloads).map(w -> Arguments.of(m, w)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void traceKeepsItsInvariants(ModelKind model, WorkloadConfig workload) throws Exception {
        RunOutput out = Runs.run(workload, model, Runs.workers(3));
        TraceChecks.assertValid(out);
        RunResult r = out.result();
        assertThat(r.errors()).isZero();
        assertThat(r.tasks()).isEqualTo(12);
        assertThat(r.wallMs()).isPositive();
        assertThat(r.boundMs()).isPositive();
        int expectedLanes = switch (model) {
            case SEQUENTIAL, EVENTLOOP -> 1;
            case POOL, GIL -> 3;
            case ARTICLE_ASYNCIO -> ModelSettings.articleAsyncioThreads();
            case VIRTUAL -> 12;
            default -> -1;
        };
        if (expectedLanes > 0) {
            assertThat(r.lanes()).isEqualTo(expectedLanes);
        } else {
            assertThat(r.lanes()).isBetween(1, 12);
        }
        java.util.List<String> names = out.trace().threadLanes().stream().map(LaneSnapshot::name).toList();
        assertThat(names).as("each thread its own lane, named after it").doesNotHaveDuplicates();
        if (model != ModelKind.VIRTUAL && model != ModelKind.EVENTLOOP) {
            for (int i = 0; i < names.size(); i++) {
                assertThat(names.get(i)).as("lanes in the threads' numbering").endsWith("-" + (i + 1));
            }
        }
        if (workload.kind().usesCpu()) {
            assertThat(TraceChecks.totalNanos(out.trace(), State.RUNNING, LaneKind.THREAD)).isPositive();
        }
        if (workload.kind().usesIo()) {
            LaneKind waits = model == ModelKind.EVENTLOOP ? LaneKind.DETACHED : LaneKind.THREAD;
            long ioWait = TraceChecks.totalNanos(out.trace(), State.IO_WAIT, waits);
            long nominal = 0;
            try (Workload w = Workloads.create(workload)) {
                for (LabTask t : w.tasks()) {
                    for (Step s : t.steps()) {
                        if (s instanceof Step.Io io) {
                            nominal += io.request().nominalNanos();
                        }
                    }
                }
            }
            assertThat(ioWait).as("every I/O wait is recorded, at least as long as asked").isGreaterThanOrEqualTo(nominal);
        }
    }
}
