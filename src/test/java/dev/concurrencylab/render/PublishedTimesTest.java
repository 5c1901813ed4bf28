package dev.concurrencylab.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrencylab.engine.CancelToken;
import dev.concurrencylab.engine.Comparison;
import dev.concurrencylab.engine.ExperimentConfig;
import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.ModelSettings;
import dev.concurrencylab.engine.RunListener;
import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import dev.concurrencylab.findings.ComparisonFindings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article's time beside the measured one, with its thread count, and the note that explains the executor. */
class PublishedTimesTest {
    @Test
    void theArticlesExecutorIsExplainedInTheSummaryAndThePicture() throws Exception {
        ExperimentConfig config = ExperimentConfig.of(WorkloadConfig.defaults(WorkloadKind.SLEEP).withTasks(6)
                .withLatencyMs(5), List.of(ModelKind.SEQUENTIAL, ModelKind.ARTICLE_ASYNCIO),
                ModelSettings.defaults().withWarmup(false).withExecutorThreads(3));
        List<RunOutput> runs = Comparison.execute(config, new CancelToken(), RunListener.NONE);
        PublishedTimes published = new PublishedTimes(Map.of(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 3.43, ModelEntry.of(ModelKind.SEQUENTIAL), 0.5),
                Map.of(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO), 12));
        assertThat(published.beside(ModelEntry.of(ModelKind.ARTICLE_ASYNCIO))).isEqualTo("published 3.43 s, 12 threads");
        assertThat(published.beside(ModelEntry.of(ModelKind.SEQUENTIAL))).isEqualTo("published 500 ms");
        int cores = runs.get(1).result().cores();
        assertThat(published.notes(runs.stream().map(RunOutput::result).toList())).containsExactly(
                "The article's \"asyncio\" was run_in_executor, Python's default min(32, cores + 4) threads: 12 there "
                        + "(8 CPUs), " + ModelSettings.executorDefault(cores) + " on these " + cores
                        + " cores; this run used 3.");
        assertThat(PublishedTimes.NONE.notes(runs.stream().map(RunOutput::result).toList())).isEmpty();

        ComparisonPicture.Options options = ComparisonPicture.Options.defaults();
        int plain = new ComparisonPicture(runs, "t", "c", options).renderSummary().getHeight();
        int noted = new ComparisonPicture(runs, "t", "c", options, ComparisonFindings.NONE, published).renderSummary().getHeight();
        assertThat(noted).as("one more line for the note").isGreaterThan(plain);
    }
}
