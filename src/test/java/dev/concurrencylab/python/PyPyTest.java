package dev.concurrencylab.python;

import static dev.concurrencylab.python.PythonRuns.run;
import static dev.concurrencylab.python.PythonRuns.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrencylab.engine.ModelEntry;
import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.engine.RunResult;
import dev.concurrencylab.engine.WorkloadConfig;
import dev.concurrencylab.engine.WorkloadKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver unchanged in PyPy, the pypy3 on PATH (CI installs it; nothing here is skipped without it): the same
 * answers as the JVM's and CPython's, the interpreter named as it names itself, and a missing pypy3 refused with
 * the words a missing python3 gets.
 */
class PyPyTest {
    private static final ModelEntry SEQUENTIAL = ModelEntry.parse("cpython-sequential@pypy3");
    private static final ModelEntry PROCESSES = ModelEntry.parse("cpython-processes@pypy3");

    @TempDir
    Path dir;

    @AfterEach
    void noPythonLeft() throws InterruptedException {
        assertThat(PythonRuns.noPythonLeft()).as("Python processes left after the test").isTrue();
    }

    @Test
    void regexMatchesSpansAndDigestsAreTheJvmsAndCPythonsAndTheHeaderSaysPyPy() throws Exception {
        WorkloadConfig regex = PythonRuns.edgeCaseRegex(dir);
        List<Object> jvm = PythonRuns.jvmAnswers(regex);
        assertThat(run(regex, ModelKind.CPYTHON_SEQUENTIAL, workers(1)).results()).isEqualTo(jvm);
        PythonRuns.Outcome pypy = run(regex, SEQUENTIAL, workers(1));
        assertThat(pypy.results()).isEqualTo(jvm);
        assertThat(run(regex, PROCESSES, workers(2)).results()).isEqualTo(jvm);

        WorkloadConfig hash = WorkloadConfig.defaults(WorkloadKind.CPU_HASH).withTasks(12).withHashRounds(1500);
        assertThat(run(hash, SEQUENTIAL, workers(1)).results()).isEqualTo(run(hash, ModelKind.POOL, workers(2)).results());

        RunResult r = pypy.output().result();
        assertThat(r.python()).matches("PyPy 7\\.\\d+\\.\\d+ \\(Python 3\\.\\d+\\.\\d+\\) · JIT");
        assertThat(r.interpreterLine()).endsWith(" · JIT · GIL on");
        assertThat(r.interpreter()).isEqualTo("pypy3");
        assertThat(r.label()).isEqualTo("cpython-sequential@pypy3");
        assertThat(r.tracerNote()).as("PyPy has every clock the tracer reads").isNull();
        assertThat(r.warmupSplit().firstTasks()).as("5 %% of 33 tasks, rounded up").isEqualTo(2);
    }

    /** The interpreter file itself (python3 on PATH may be a launcher script that needs a shell on PATH). */
    private static Path executable(String command) throws Exception {
        Process p = new ProcessBuilder(command, "-c", "import sys; print(sys.executable)").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return Path.of(out);
    }

    @Test
    void aMissingPypy3IsRefusedWithTheWordsOfAMissingPython3(@TempDir Path bin) throws Exception {
        // a PATH with a python3 and no pypy3: the app in its own JVM, as a user would run it
        Files.createSymbolicLink(bin.resolve("python3"), executable("python3"));
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.concurrencylab.Main", "compare", "--workload", "cpu-regex",
                "--tasks", "2", "--models", "cpython-sequential," + SEQUENTIAL.id())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", bin.toString());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        String words = "'%s' is neither a file nor a command on PATH; name a Python 3.8+ interpreter, e.g. python3 "
                + "or /usr/bin/python3";
        assertThat(err).contains("python: cpython-sequential@pypy3: " + words.formatted("pypy3"));
        // what the comparison's own interpreter gets when its name is not on PATH: the same words
        assertThatThrownBy(() -> Interpreters.find("no-such-python3")).hasMessage("python: "
                + words.formatted("no-such-python3"));
        assertThat(Files.readString(dir.resolve("out.txt"))).as("nothing ran").isEmpty();
    }
}
