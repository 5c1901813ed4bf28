package dev.concurrencylab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: one workload under one model. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one workload under one execution model and print a summary.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "sequential",
            description = "sequential, pool, virtual, forkjoin, eventloop, gil, article-asyncio, process (default: ${DEFAULT-VALUE})")
    String model;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        return ComparisonRunner.run(experiment.experiment(List.of(model)), output, false);
    }
}
