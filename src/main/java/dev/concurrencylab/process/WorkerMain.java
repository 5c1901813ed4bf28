package dev.concurrencylab.process;

import dev.concurrencylab.engine.Checkpoint;
import dev.concurrencylab.engine.CpuClock;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.SleepSession;
import dev.concurrencylab.engine.Step;
import dev.concurrencylab.engine.WaitMarks;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A worker process: reads tasks from stdin, runs them one at a time and reports each step as it begins
 * and ends on stdout, stamped with this JVM's clock. It exits when stdin closes or the app's process
 * ends ({@link ParentWatch}), so a worker never outlives the app even if the app is killed.
 *
 * <p>Tasks run on the thread that reads them: handing them to another thread would add a wake-up to
 * every task's IPC time.
 */
public final class WorkerMain {
    static final long HEARTBEAT_MS = 200;
    /** Exit status when the app sent something that is not a frame. */
    static final int BAD_INPUT = 3;

    private final DataInputStream in;
    private final DataOutputStream out;
    private final SleepSession io = new SleepSession();
    private volatile boolean busy;

    WorkerMain(InputStream in, OutputStream out) {
        this.in = Frames.input(in);
        this.out = Frames.output(out);
    }

    public static void main(String[] args) {
        OutputStream frames = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err); // a stray print must not corrupt the frames
        ParentWatch.startIfAsked();
        Runtime.getRuntime().halt(new WorkerMain(System.in, frames).serve(List.of(args)));
    }

    /** Serves until stdin ends (after the training tasks if {@code args} ask for them); returns the exit status. */
    int serve(List<String> args) {
        Thread.ofPlatform().daemon().name("worker-heartbeat").start(this::beat);
        CpuClock.currentThread(); // load the CPU clock now, as part of starting up
        try {
            TrainingTasks.run(args);
            sendReady(out);
            while (true) {
                long waiting = System.nanoTime();
                Frames.In f = Frames.read(in);
                switch (f.type()) {
                    case Frames.PING -> {
                        f.end();
                        send(new Frames.Out(Frames.PONG), System.nanoTime(), true);
                    }
                    case Frames.TASK -> {
                        LabTask task = TaskCodec.decodeTask(f);
                        busy = true;
                        run(task, waiting, System.nanoTime());
                        busy = false;
                    }
                    default -> throw new ProtocolException("unknown frame type " + f.type());
                }
            }
        } catch (EOFException e) {
            return 0; // the app closed our stdin: it is done with us, or gone
        } catch (IOException e) {
            return 0; // the pipe broke: the app is gone
        } catch (ProtocolException e) {
            // stderr is read by the app, which quotes it when it reports this worker's exit
            System.err.println("worker: unreadable input from the app: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    static void sendReady(DataOutputStream out) throws IOException {
        Frames.Out f = new Frames.Out(Frames.READY);
        f.data.writeInt(Frames.MAGIC);
        f.data.writeLong(ProcessHandle.current().pid());
        f.data.writeLong(System.nanoTime());
        synchronized (out) {
            f.writeTo(out);
            out.flush();
        }
    }

    private void send(Frames.Out f, long time, boolean flush) throws IOException {
        f.data.writeLong(time);
        synchronized (out) {
            f.writeTo(out);
            if (flush) {
                out.flush();
            }
        }
    }

    /** Runs a task that this worker started reading at {@code waiting} and had decoded at {@code decoded}. */
    private void run(LabTask task, long waiting, long decoded) throws IOException {
        Frames.Out begin = new Frames.Out(Frames.BEGIN);
        begin.data.writeInt(task.id());
        begin.data.writeLong(waiting);
        send(begin, decoded, false);
        long cpu0 = CpuClock.currentThread();
        Object result = null;
        String failure = null;
        CauseEnd causeEnd = new CauseEnd();
        for (Step step : task.steps()) {
            Frames.Out started = new Frames.Out(Frames.STEP);
            started.data.writeByte(step instanceof Step.Cpu ? 0 : 1);
            causeEnd.began = System.nanoTime();
            causeEnd.at = Frames.NO_CAUSE_END;
            send(started, causeEnd.began, true);
            try {
                result = switch (step) {
                    case Step.Cpu cpu -> cpu.work().run(Checkpoint.NONE);
                    case Step.Io wait -> io.call(wait.request(), causeEnd);
                };
            } catch (Exception | StackOverflowError e) {
                failure = reason(e);
            }
            long stepEnd = System.nanoTime(); // before the frame is built: that is bookkeeping, not the step
            Frames.Out ended = new Frames.Out(Frames.STEP_END);
            ended.data.writeLong(causeEnd.at);
            send(ended, stepEnd, false);
            if (failure != null) {
                break;
            }
        }
        long cpu = CpuClock.currentThread() - cpu0;
        long encodeAt = System.nanoTime();
        Frames.Out done = new Frames.Out(failure == null ? Frames.RESULT : Frames.FAILED);
        done.data.writeInt(task.id());
        done.data.writeLong(encodeAt);
        done.data.writeLong(cpu);
        if (failure == null) {
            TaskCodec.writeResult(done.data, result);
        } else {
            Frames.writeString(done.data, failure);
        }
        synchronized (out) {
            done.writeTo(out);
            out.flush();
        }
    }

    /** When the current wait began, as its STEP says, and when its cause ended (a sleep fell due); worker's clock. */
    private static final class CauseEnd implements WaitMarks {
        long began;
        long at = Frames.NO_CAUSE_END;

        @Override
        public long began() {
            return began;
        }

        @Override
        public void causeEnded(long t) {
            at = t;
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? type : type + ": " + m;
    }

    private void beat() {
        try {
            while (true) {
                TimeUnit.MILLISECONDS.sleep(HEARTBEAT_MS);
                if (busy) {
                    synchronized (out) {
                        new Frames.Out(Frames.HEARTBEAT).writeTo(out);
                        out.flush();
                    }
                }
            }
        } catch (InterruptedException | IOException e) {
            Runtime.getRuntime().halt(0);
        }
    }
}
