package dev.concurrencylab.ui;

/** Where one model's run stands within a comparison. */
public enum RunPhase {
    WAITING("waiting"),
    WARMING_UP("warming up"),
    RUNNING("running"),
    DONE("done"),
    STOPPED("stopped"),
    NOT_RUN("not run");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
