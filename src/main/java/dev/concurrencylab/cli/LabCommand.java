package dev.concurrencylab.cli;

import dev.concurrencylab.engine.ConfigException;
import dev.concurrencylab.store.ExperimentFileException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's root: {@code concurrency-lab <command> [options]}. */
@Command(name = "concurrency-lab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run workloads under execution models and measure them. Without arguments the jar opens the desktop app.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, BenchCommand.class,
            ValidateCommand.class, TimelineBenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = LabCommand.EXIT_HEADING,
        exitCodeList = {LabCommand.EXIT_0, LabCommand.EXIT_1, LabCommand.EXIT_2, LabCommand.EXIT_130})
public final class LabCommand implements Runnable {
    static final String EXIT_HEADING = "%nExit status:%n";
    static final String EXIT_0 = "0:every task ran and succeeded, every output was written";
    static final String EXIT_1 = "1:a task failed (a run whose tasks all failed too), an output or standard output "
            + "could not be written, or something else went wrong";
    static final String EXIT_2 = "2:bad input (an option, a file, an output path): nothing ran";
    static final String EXIT_130 = "130:stopped with Ctrl-C";

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status when something failed: a task, an output, standard output itself. */
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs the command line and returns its exit status; bad input prints the reason and returns 2. Everything
     * printed as text passes {@link TerminalText#guard}; data written with {@code -} goes to the real stdout.
     */
    public static int execute(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Outputs.keepRawStdout(out);
        PrintStream guardedOut = TerminalText.guard(out);
        System.setOut(guardedOut);
        System.setErr(TerminalText.guard(err));
        try {
            int status = commandLine().execute(args);
            guardedOut.flush();
            if (out.checkError()) { // a full disk or a closed pipe behind standard output is a failure too
                System.err.println("Error: standard output could not be written (closed, or its disk is full)");
                return status == 0 ? FAILED : status;
            }
            return status;
        } finally {
            System.err.flush();
            System.setOut(out); // as it was, for a caller that goes on (tests)
            System.setErr(err);
            Outputs.keepRawStdout(null);
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException) {
                cmd.getErr().println("Invalid input: " + TerminalText.escape(ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof ExperimentFileException) {
                cmd.getErr().println("Invalid file: " + TerminalText.escape(ex.getMessage()));
                return BAD_INPUT;
            }
            if (Boolean.getBoolean("concurrencylab.stacktrace")) {
                throw ex;
            }
            cmd.getErr().println("Error: " + TerminalText.escape(ex.getMessage() == null ? ex.toString()
                    : ex.getMessage()) + " (-Dconcurrencylab.stacktrace=true shows where)");
            return FAILED;
        });
        return cli;
    }
}
