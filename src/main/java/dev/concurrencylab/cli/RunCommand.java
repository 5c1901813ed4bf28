package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.store.ExperimentFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: one workload under one model. */
@Command(exitCodeListHeading = LabCommand.EXIT_HEADING,
        exitCodeList = {LabCommand.EXIT_0, LabCommand.EXIT_1, LabCommand.EXIT_2, LabCommand.EXIT_130}, name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one workload under one execution model and print a summary.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL",
            description = "sequential, pool, virtual, forkjoin, eventloop, gil, article-asyncio, process "
                    + "(default: sequential, or the experiment's first model)")
    String model;

    @Mixin
    WorkersOption workers;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ExperimentFile e = experiment.experiment(model == null ? null : List.of(model), List.of(ModelKind.SEQUENTIAL),
                workers.workers);
        List<ModelEntry> models = e.config().models();
        if (models.size() > 1) {
            System.err.println("run: running the experiment's first model, " + models.get(0) + "; use compare to run all "
                    + models.size() + ", or --model to pick one");
            e = e.withConfig(e.config().withModels(List.of(models.get(0))));
        }
        return ComparisonRunner.run(e, output, false);
    }
}
