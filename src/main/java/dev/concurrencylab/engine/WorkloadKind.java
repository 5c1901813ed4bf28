package dev.concurrencylab.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of workload, named as on the command line. */
public enum WorkloadKind {
    CPU_REGEX("cpu-regex", true, false),
    CPU_HASH("cpu-hash", true, false),
    SLEEP("sleep", false, true),
    HTTP("http", false, true),
    MIXED("mixed", true, true);

    private final String id;
    private final boolean cpu;
    private final boolean io;

    WorkloadKind(String id, boolean cpu, boolean io) {
        this.id = id;
        this.cpu = cpu;
        this.io = io;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean usesCpu() {
        return cpu;
    }

    public boolean usesIo() {
        return io;
    }

    @JsonCreator
    public static WorkloadKind parse(String text) {
        for (WorkloadKind k : values()) {
            if (k.id.equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new ConfigException("workload", "unknown workload '" + text + "'; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(WorkloadKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
