package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ModelKind;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compare}: several models, one after another, on the same tasks. */
@Command(exitCodeListHeading = LabCommand.EXIT_HEADING,
        exitCodeList = {LabCommand.EXIT_0, LabCommand.EXIT_1, LabCommand.EXIT_2, LabCommand.EXIT_130}, name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the same tasks under several models, one after another, and print them side by side.")
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--models", paramLabel = "M1,M2,...", split = ",",
            description = "models to compare, in order (default: sequential,pool,gil, or the experiment's)")
    List<String> models;

    static final List<ModelKind> DEFAULT_MODELS = List.of(ModelKind.SEQUENTIAL, ModelKind.POOL, ModelKind.GIL);

    @Mixin
    WorkersOption workers;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        return ComparisonRunner.run(experiment.experiment(models, DEFAULT_MODELS, workers.workers), output, true);
    }
}
