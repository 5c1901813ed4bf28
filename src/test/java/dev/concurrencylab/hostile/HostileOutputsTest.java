package dev.concurrencylab.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrencylab.store.OutputFile;
import dev.concurrencylab.store.OutputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 3 (and the output halves of 8 and 9): every output goes through one mechanism. Before the fix a save
 * was a temp file moved over the target, whatever it was: as root {@code --csv /dev/null} replaced the device
 * node with a regular file, a symbolic link was replaced by a file, a read-only file was overwritten without a
 * word, every output was 0600, an interrupted save left its temp file, and a bad path was found after the run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileOutputsTest {
    @TempDir
    Path dir;

    private static OutputFile.Writer text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path target = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        OutputFile.write(link, text("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aLinkToNothingIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("missing/nothing.csv"));
        assertThatThrownBy(() -> OutputFile.write(link, text("x"))).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("symbolic link to something that does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.csv"), "precious");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> OutputFile.write(file, text("x"))).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("is read-only");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r---w-"));
        OutputFile.write(file, text("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r---w-");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void folderMissingFolderAndBlockDeviceAreRefused() throws Exception {
        assertThatThrownBy(() -> OutputFile.write(dir, text("x"))).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> OutputFile.write(dir.resolve("no/such.csv"), text("x")))
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
        assumeTrue(LabProcess.root(), "mknod needs root (CI runs as root)");
        Path disk = mknod("disk", "b", 7, 250); // a loop device number no disk answers to; refused before opening
        assertThatThrownBy(() -> OutputFile.write(disk, text("x"))).hasMessageContaining("block device");
        assertThat(Files.getAttribute(disk, "unix:mode", LinkOption.NOFOLLOW_LINKS)).isEqualTo(0060644);
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws Exception {
        assumeTrue(LabProcess.root(), "mknod needs root (CI runs as root)");
        Path nul = mknod("null", "c", 1, 3); // a second /dev/null
        OutputFile.write(nul, text("discarded"));
        assertThat(((Integer) Files.getAttribute(nul, "unix:mode")) & 0170000).as("still a character device")
                .isEqualTo(0020000);
        assertThat(leftovers()).isEmpty();
        Path full = mknod("full", "c", 1, 7); // /dev/full: every write fails with "No space left on device"
        assertThatThrownBy(() -> OutputFile.write(full, text("x".repeat(100_000)))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left");
    }

    @Test
    void aFifoIsWrittenThroughToItsReader() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        OutputFile.write(fifo, text("through the pipe"));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    /** A full filesystem: a 64 KiB tmpfs. The old file stays whole and no temporary file is left. */
    @Test
    void aFullDiskLeavesTheOldFileWhole() throws Exception {
        assumeTrue(LabProcess.root(), "mounting a tmpfs needs root (CI runs as root)");
        Path mnt = Files.createDirectory(dir.resolve("small"));
        int mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString())
                .inheritIO().start().waitFor();
        assumeTrue(mounted == 0, "this machine lets root mount a tmpfs (CI does)");
        try {
            Path file = Files.writeString(mnt.resolve("metrics.csv"), "the old metrics");
            assertThatThrownBy(() -> OutputFile.write(file, text("x".repeat(1 << 20))))
                    .isInstanceOf(IOException.class).hasMessageContaining("No space left");
            assertThat(Files.readString(file)).isEqualTo("the old metrics");
            try (Stream<Path> s = Files.list(mnt)) {
                assertThat(s.toList()).containsExactly(file);
            }
        } finally {
            new ProcessBuilder("umount", mnt.toString()).inheritIO().start().waitFor();
        }
    }

    /** Checked before the run: a read-only target ends a 30 s run's command at once, exit 2, nothing run. */
    @Test
    void aBadOutputPathIsRefusedBeforeTheRun() throws Exception {
        Path file = Files.writeString(dir.resolve("locked.csv"), "keep");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        LabProcess.Result r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "1", "--latency-ms", "30000",
                "--no-warmup", "--csv", file.toString()).run(Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("csv: ").contains("is read-only");
        assertThat(r.millis()).isLessThan(15_000);
        assertThat(r.err()).doesNotContain("running");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    /** New outputs follow the user's umask (027 here: rw-r-----), instead of 0600 for every file. */
    @Test
    void newOutputsFollowTheUmaskAndDashIsStandardOutput() throws Exception {
        Path json = dir.resolve("r.json");
        LabProcess.Result r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "2", "--latency-ms", "1",
                "--no-warmup", "--json", json.toString(), "--csv", "-").umask("027").run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo("rw-r-----");
        assertThat(r.out()).startsWith("run,model,workload").doesNotContain("wall "); // the summary went to stderr
        assertThat(r.err()).contains("sequential");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    /** A write error on standard output (here /dev/full) is an error: exit 1, said on stderr. */
    @Test
    void aFullStandardOutputFailsTheCommand() throws Exception {
        LabProcess.Result r = LabProcess.cli("run", "--workload", "sleep", "--tasks", "2", "--latency-ms", "1",
                "--no-warmup", "--json", "-").stdout(ProcessBuilder.Redirect.to(Path.of("/dev/full").toFile()))
                .run(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("--json - was not written");
    }

    /** Ctrl-C while a 20 MB trace is being saved: no temporary file is left beside it. */
    @Test
    void anInterruptedSaveLeavesNoTemporaryFile() throws Exception {
        Path trace = dir.resolve("big.json");
        Process app = LabProcess.cli("compare", "--workload", "cpu-hash", "--hash-rounds", "1", "--tasks", "100000",
                "--models", "sequential,pool", "--no-warmup", "--trace", trace.toString()).start();
        try {
            boolean seen = false;
            for (int i = 0; i < 30_000 && !seen && app.isAlive(); i++) {
                seen = !leftovers().isEmpty();
                if (!seen) {
                    Thread.sleep(1);
                }
            }
            assertThat(seen).as("the save's temporary file appeared").isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(app.pid())).start().waitFor();
            assertThat(app.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(leftovers()).as("temporary files left").isEmpty();
            if (Files.exists(trace)) { // the save finished while stopping: then it is whole
                assertThat(Files.readString(trace)).startsWith("{").endsWith("}");
            }
        } finally {
            app.destroyForcibly();
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private Path mknod(String name, String type, int major, int minor) throws Exception {
        Path p = dir.resolve(name);
        int status = new ProcessBuilder("mknod", "-m", "644", p.toString(), type, Integer.toString(major),
                Integer.toString(minor)).inheritIO().start().waitFor();
        assertThat(status).as("mknod").isZero();
        return p;
    }
}
