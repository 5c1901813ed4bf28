package dev.concurrencylab.store;

/**
 * One bundled experiment, as listed in the Experiments menu.
 *
 * @param id         the file's name without {@code .json}, e.g. {@code classic-io}
 * @param experiment its experiment, with name and description
 */
public record Preset(String id, ExperimentFile experiment) {
    public String name() {
        return experiment.name() == null ? id : experiment.name();
    }
}
