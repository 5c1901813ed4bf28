package dev.concurrencylab.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way every output is written (the command line's files, the app's saves, recordings, PNGs, settings):
 * <ul>
 *   <li>a regular file, or a new one, is written all or nothing: to a temporary file beside it, then renamed
 *       over it, so a failed or interrupted save leaves the old file as it was and no temporary file behind;
 *       a new file gets the permissions the user's umask gives, a replaced one keeps its own;</li>
 *   <li>a symbolic link is followed: its target is written as above, and the link stays a link;</li>
 *   <li>a character device or a FIFO ({@code /dev/null}, {@code /dev/stdout}, a shell's {@code >(…)}) is written
 *       through, never replaced; a FIFO nobody reads within 10 s fails;</li>
 *   <li>refused, saying why: a read-only file (even for root), a folder, a block device, a socket, a link to
 *       nothing, a folder that does not exist.</li>
 * </ul>
 * {@link #check} applies the same rules without writing, so a command can refuse a bad path before it runs.
 */
public final class OutputFile {
    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** How a path is written. */
    enum Kind { NEW, REPLACE, THROUGH }

    /** A path resolved for writing: symbolic links followed. */
    record Target(Path path, Kind kind) {
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private OutputFile() {
    }

    /** Checks that {@code file} can be written by {@link #write}; the exception says why not. */
    public static void check(Path file) throws OutputRefusedException {
        resolve(file);
    }

    /** Writes a file by the rules above; on any failure the target is as it was before. */
    public static void write(Path file, Writer writer) throws IOException {
        Target t = resolve(file);
        if (t.kind() == Kind.THROUGH) {
            try (OutputStream out = new BufferedOutputStream(StreamTargets.open(t.path()), 1 << 16)) {
                writer.write(unclosable(out));
            }
            return;
        }
        Path tmp = InterruptedSaves.begin(temporaryName(t.path()));
        try {
            // CREATE_NEW with no explicit permissions: the user's umask decides, as for any new file
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                writer.write(unclosable(out)); // a writer that closes what it wrote to must not close it here
                out.flush();
                ch.force(true); // the data is on disk before the rename makes it the file
            }
            if (t.kind() == Kind.REPLACE) {
                keepAttributes(t.path(), tmp);
            }
            try {
                Files.move(tmp, t.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, t.path(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            InterruptedSaves.end(tmp);
        }
    }

    /** A stream whose close() only flushes: the file is closed, forced and renamed here, not by a writer. */
    public static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** A hidden name beside the target, unique enough that CREATE_NEW below never meets an old one. */
    private static Path temporaryName(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
    }

    /** A replaced file keeps its permissions and, where this process may set them, its owner and group. */
    private static void keepAttributes(Path original, Path replacement) {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (from == null || to == null) {
            return;
        }
        try {
            PosixFileAttributes a = from.readAttributes();
            to.setPermissions(a.permissions());
            to.setGroup(a.group());
            to.setOwner(a.owner());
        } catch (IOException | SecurityException e) {
            // not ours to change (only root may give a file away): the new file is the user's own, still readable
        }
    }

    static Target resolve(Path file) throws OutputRefusedException {
        Path abs = file.toAbsolutePath().normalize();
        String name = file.toString();
        if (Files.isSymbolicLink(abs)) {
            try {
                abs = abs.toRealPath();
            } catch (IOException e) {
                throw new OutputRefusedException(name, "is a symbolic link to something that does not exist");
            }
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            Path dir = abs.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new OutputRefusedException(name, "the folder " + dir + " does not exist");
            }
            if (!Files.isWritable(dir)) {
                throw new OutputRefusedException(name, "the folder " + dir + " is not writable");
            }
            return new Target(abs, Kind.NEW);
        } catch (IOException e) {
            throw new OutputRefusedException(name, "cannot be looked at: " + e.getMessage());
        }
        if (a.isDirectory()) {
            throw new OutputRefusedException(name, "is a folder; give a file name");
        }
        if (a.isRegularFile()) {
            if (readOnly(abs)) {
                throw new OutputRefusedException(name, "is read-only; refusing to replace it (make it writable, "
                        + "or choose another name)");
            }
            if (!Files.isWritable(abs.getParent())) {
                throw new OutputRefusedException(name, "its folder is not writable, so it cannot be replaced whole");
            }
            return new Target(abs, Kind.REPLACE);
        }
        int type = mode(abs) & S_IFMT;
        if (type == S_IFBLK) {
            throw new OutputRefusedException(name, "is a block device (a disk); refusing to write onto it");
        }
        if (type == S_IFSOCK) {
            throw new OutputRefusedException(name, "is a socket, not a file");
        }
        if (type != S_IFCHR && type != S_IFIFO && type != 0) {
            throw new OutputRefusedException(name, "is not a file");
        }
        if (!Files.isWritable(abs)) {
            throw new OutputRefusedException(name, "is not writable");
        }
        return new Target(abs, Kind.THROUGH);
    }

    /** No write permission at all, for anyone: root could write it anyway, but its owner meant it to stay. */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.readAttributes(file, PosixFileAttributes.class).permissions();
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // no POSIX permissions here (Windows): isWritable said enough
        }
    }

    /** The file's type and mode bits, 0 where the platform does not tell. */
    private static int mode(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            return 0;
        }
    }
}
