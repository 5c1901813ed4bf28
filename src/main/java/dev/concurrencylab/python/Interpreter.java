package dev.concurrencylab.python;

import java.util.List;

/**
 * A Python interpreter that was found and answered its version probe.
 *
 * @param command        the program and its leading arguments, e.g. {@code [/usr/bin/python3]} or {@code [py, -3]}
 * @param implementation {@code sys.implementation.name}, e.g. "cpython"
 * @param version        the language version, e.g. "3.11.2"
 */
record Interpreter(List<String> command, String implementation, String version) {
    Interpreter {
        command = List.copyOf(command);
    }

    /** The program, as the user would recognise it in a message. */
    String program() {
        return String.join(" ", command);
    }

    /**
     * How an interpreter names itself: "CPython 3.11.2", "CPython 3.13.0 free-threaded", "PyPy 7.3.11 (Python
     * 3.9.16) · JIT" (a JIT is named where the interpreter has one switched on).
     */
    static String label(String implementation, String implementationVersion, String pythonVersion,
                        boolean freeThreadedBuild, boolean jit) {
        String name = switch (implementation) {
            case "cpython" -> "CPython " + pythonVersion + (freeThreadedBuild ? " free-threaded" : "");
            case "pypy" -> "PyPy " + implementationVersion + " (Python " + pythonVersion + ")";
            default -> implementation + " " + implementationVersion + " (Python " + pythonVersion + ")";
        };
        return jit ? name + " · JIT" : name;
    }
}
