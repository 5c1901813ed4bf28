package dev.concurrencylab.process;

import dev.concurrencylab.engine.Checkpoint;
import dev.concurrencylab.engine.HashWork;
import dev.concurrencylab.engine.LabTask;
import dev.concurrencylab.engine.RegexInputs;
import dev.concurrencylab.engine.RegexWork;
import dev.concurrencylab.engine.SleepRequest;
import dev.concurrencylab.engine.Step;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The training run of a worker JVM for its AOT cache ({@link WorkerAotCache}): made-up tasks of every CPU
 * kind, decoded from frames, run and their results encoded, so the JVM records the classes a worker needs.
 * The inputs are the trainer's own (not a workload's) and the results are thrown away: nothing a run
 * computes is computed here.
 *
 * <p>Measured and not used for real workers: running this warm-up before READY moved ≈ 0.1 s of cold-JIT
 * time from the first tasks into SPAWN but made ready ≈ 0.2-0.3 s later, so a run got no faster.
 */
final class TrainingTasks {
    /** The command-line argument asking {@link WorkerMain} to run the training tasks before it serves. */
    static final String TRAIN = "train";
    private static final long SEED = 0x5EED_0FF5L;
    private static final int REGEX_COUNT = 20;
    private static final int REGEX_LENGTH = 150;
    private static final int HASH_COUNT = 20;
    private static final int HASH_ROUNDS = 50;

    private TrainingTasks() {
    }

    /** Runs the training tasks if the arguments ask for them. */
    static void run(List<String> args) throws IOException {
        if (!args.contains(TRAIN)) {
            return;
        }
        int id = 0;
        for (String s : RegexInputs.generate(REGEX_COUNT, REGEX_LENGTH, SEED)) {
            roundTrip(new LabTask(--id, List.of(new Step.Cpu(new RegexWork(s)))));
        }
        for (int i = 0; i < HASH_COUNT; i++) {
            roundTrip(new LabTask(--id, List.of(new Step.Cpu(new HashWork(SEED + i, HASH_ROUNDS)))));
        }
    }

    /** One made-up task of each kind a worker runs. */
    static List<LabTask> samples() {
        return List.of(new LabTask(-1, List.of(new Step.Cpu(new RegexWork("warm")))),
                new LabTask(-2, List.of(new Step.Cpu(new HashWork(SEED, 1)))),
                new LabTask(-3, List.of(new Step.Io(new SleepRequest(0)))));
    }

    private static void roundTrip(LabTask task) throws IOException {
        byte[] frame = TaskCodec.encodeTask(task);
        Frames.In in = new Frames.In(frame[4], ByteBuffer.wrap(frame, 5, frame.length - 5).slice());
        for (Step s : TaskCodec.decodeTask(in).steps()) {
            if (s instanceof Step.Cpu c) {
                DataOutputStream discard = new DataOutputStream(OutputStream.nullOutputStream());
                TaskCodec.writeResult(discard, c.work().run(Checkpoint.NONE));
            }
        }
    }
}
