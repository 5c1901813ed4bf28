package dev.concurrencylab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = LabCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Concurrency Lab " + (v == null ? "development" : v),
            "Java " + Runtime.version() + " on " + Runtime.getRuntime().availableProcessors() + " cores"};
    }
}
