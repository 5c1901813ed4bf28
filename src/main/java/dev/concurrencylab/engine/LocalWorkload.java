package dev.concurrencylab.engine;

import java.util.ArrayList;
import java.util.List;

/** The workloads that need nothing outside the JVM: cpu-regex, cpu-hash, sleep and mixed. */
final class LocalWorkload implements Workload {
    private static final int WARMUP_TASKS = 16;
    private final WorkloadConfig config;
    private final List<LabTask> tasks;

    LocalWorkload(WorkloadConfig config) {
        this.config = config;
        this.tasks = build(config);
    }

    private static List<LabTask> build(WorkloadConfig c) {
        List<LabTask> out = new ArrayList<>(c.tasks());
        switch (c.kind()) {
            case CPU_REGEX -> {
                List<String> inputs = c.inputFile() != null
                        ? RegexInputs.read(c.inputFile())
                        : RegexInputs.generate(c.tasks(), c.length(), c.seed());
                for (int i = 0; i < inputs.size(); i++) {
                    out.add(new LabTask(i, List.of(new Step.Cpu(new RegexWork(inputs.get(i))))));
                }
            }
            case CPU_HASH -> {
                for (int i = 0; i < c.tasks(); i++) {
                    out.add(new LabTask(i, List.of(new Step.Cpu(new HashWork(c.seed() + i, c.hashRounds())))));
                }
            }
            case SLEEP -> {
                int[] waits = c.waitsMs();
                for (int i = 0; i < c.tasks(); i++) {
                    out.add(new LabTask(i, List.of(new Step.Io(new SleepRequest(waits[i] * 1_000_000L)))));
                }
            }
            case MIXED -> {
                double cpuMs = c.latencyMs() * c.cpuShare();
                int rounds = (int) Math.max(1, Math.round(cpuMs * HashWork.roundsPerMilli()));
                long ioNanos = Math.round(c.latencyMs() * (1 - c.cpuShare()) * 1_000_000L);
                for (int i = 0; i < c.tasks(); i++) {
                    out.add(new LabTask(i, List.of(
                            new Step.Cpu(new HashWork(c.seed() + i, rounds)),
                            new Step.Io(new SleepRequest(ioNanos)))));
                }
            }
            default -> throw new ConfigException("workload", c.kind() + " is not a local workload");
        }
        return List.copyOf(out);
    }

    @Override
    public WorkloadConfig config() {
        return config;
    }

    @Override
    public List<LabTask> tasks() {
        return tasks;
    }

    @Override
    public List<LabTask> warmupTasks() {
        List<LabTask> out = new ArrayList<>();
        for (int i = 0; i < Math.min(WARMUP_TASKS, tasks.size()); i++) {
            List<Step> steps = new ArrayList<>();
            for (Step s : tasks.get(i).steps()) {
                steps.add(s instanceof Step.Io io ? new Step.Io(io.request().forWarmup()) : s);
            }
            out.add(new LabTask(i, steps));
        }
        return out;
    }

    @Override
    public IoSession openSession(SessionSpec spec) {
        return new SleepSession();
    }

    @Override
    public String describe() {
        WorkloadConfig c = config;
        return switch (c.kind()) {
            case CPU_REGEX -> tasks.size() + " × cpu-regex"
                    + (c.inputFile() != null ? " (" + c.inputFile() + ")" : " " + c.length() + " chars");
            case CPU_HASH -> tasks.size() + " × cpu-hash " + c.hashRounds() + " rounds";
            case SLEEP -> tasks.size() + " × sleep " + c.latencyMs() + " ms"
                    + (c.jitterMs() > 0 ? " + 0–" + c.jitterMs() + " ms jitter" : "");
            case MIXED -> tasks.size() + " × mixed " + c.latencyMs() + " ms, "
                    + Math.round(c.cpuShare() * 100) + " % CPU";
            default -> c.kind().id();
        };
    }
}
