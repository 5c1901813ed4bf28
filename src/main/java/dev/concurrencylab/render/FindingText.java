package dev.concurrencylab.render;

import dev.concurrencylab.findings.Amounts;
import dev.concurrencylab.findings.Finding;

/** A finding as one line of a list, the same in the window, a picture and on the command line. */
public final class FindingText {
    private FindingText() {
    }

    /** "gil · gil-contention: 2 threads, 1.0 cores used … (3.0 ms – 2.79 s)". */
    /** @param model the run's label: "cpython-sequential@pypy3" where one kind ran in two interpreters */
    public static String line(String model, Finding f) {
        return model + " · " + f.kind().id() + ": " + f.message() + " (" + Amounts.duration(f.startMs()) + " – "
                + Amounts.duration(f.endMs()) + ")";
    }
}
