package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.store.ExperimentFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's root: {@code concurrency-lab <command> [options]}. */
@Command(name = "concurrency-lab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run workloads under execution models and measure them. Without arguments the jar opens the desktop app.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, BenchCommand.class, ValidateCommand.class,
            TimelineBenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class LabCommand implements Runnable {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns its exit status; bad input prints the reason and returns 2. */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException) {
                cmd.getErr().println("Invalid input: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof ExperimentFileException) {
                cmd.getErr().println("Invalid file: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        return cli;
    }
}
