package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.util.List;
import java.util.Locale;

/** The benchmark's HTTP scenarios: the classic URL-fetching experiment, and 10,000 requests in flight. */
final class HttpBenchScenarios {
    private static final double ARTICLE_SEQUENTIAL_S = 37.98;
    private static final double ARTICLE_POOL_S = 13.59;
    private static final double ARTICLE_ASYNCIO_S = 3.43;

    private HttpBenchScenarios() {
    }

    static List<BenchScenario> all(boolean quick) {
        WorkloadConfig classic = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(quick ? 40 : 200).withLatencyMs(100);
        WorkloadConfig burst = WorkloadConfig.defaults(WorkloadKind.HTTP).withTasks(quick ? 2000 : 10_000).withLatencyMs(100);
        ModelSettings four = ModelSettings.defaults().withWorkers(4);
        return List.of(
                new BenchScenario("http classic: " + classic.tasks() + " × 100 ms GETs, 4 pages, pool of 4",
                        ExperimentConfig.of(classic, List.of(ModelKind.SEQUENTIAL, ModelKind.POOL,
                                ModelKind.ARTICLE_ASYNCIO, ModelKind.EVENTLOOP, ModelKind.VIRTUAL), four),
                        List.of(BenchScenario.withinBound(ModelKind.SEQUENTIAL, 0.03),
                                BenchScenario.withinBound(ModelKind.POOL, 0.03),
                                BenchScenario.withinBound(ModelKind.ARTICLE_ASYNCIO, 0.03),
                                BenchScenario.wallAtMost(ModelKind.EVENTLOOP, 150),
                                BenchScenario.wallAtMost(ModelKind.VIRTUAL, 150)),
                        HttpBenchScenarios::beside),
                new BenchScenario("http burst: " + burst.tasks() + " × 100 ms GETs, all in flight",
                        ExperimentConfig.of(burst, List.of(ModelKind.EVENTLOOP, ModelKind.VIRTUAL), four),
                        List.of(BenchScenario.noErrors(ModelKind.EVENTLOOP), BenchScenario.wallAtMost(ModelKind.EVENTLOOP, 2000),
                                BenchScenario.noErrors(ModelKind.VIRTUAL), BenchScenario.wallAtMost(ModelKind.VIRTUAL, 2000))));
    }

    /** The article's published times beside the measured ones. */
    static String beside(List<RunOutput> runs) {
        StringBuilder b = new StringBuilder("\nthe classic experiment    article (4 sites × 50)   here\n");
        row(b, "sequential", ARTICLE_SEQUENTIAL_S, BenchScenario.of(runs, ModelKind.SEQUENTIAL).wallMs());
        row(b, "thread pool (4)", ARTICLE_POOL_S, BenchScenario.of(runs, ModelKind.POOL).wallMs());
        row(b, "\"asyncio\" (executor)", ARTICLE_ASYNCIO_S, BenchScenario.of(runs, ModelKind.ARTICLE_ASYNCIO).wallMs());
        b.append(String.format(Locale.ROOT, "%-25s %13s %14.3f s%n", "true event loop", "—",
                BenchScenario.of(runs, ModelKind.EVENTLOOP).wallMs() / 1000));
        b.append("why they differ: the article waited ~190 ms a request on real sites over the internet, from CPython;\n"
                + "here every request waits exactly 100 ms on loopback, so only each model's overlap shows.\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double articleS, double measuredMs) {
        b.append(String.format(Locale.ROOT, "%-25s %11.2f s %14.3f s%n", name, articleS, measuredMs / 1000));
    }
}
