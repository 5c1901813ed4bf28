package dev.concurrencylab.findings;

import java.util.Optional;

/** Looks for one kind of finding in one run. */
interface Detector {
    Optional<Finding> find(RunProfile run, Thresholds limits);
}
