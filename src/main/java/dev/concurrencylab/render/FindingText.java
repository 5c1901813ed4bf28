package dev.concurrencylab.render;

import dev.concurrencylab.engine.ModelKind;
import dev.concurrencylab.findings.Amounts;
import dev.concurrencylab.findings.Finding;

/** A finding as one line of a list, the same in the window, a picture and on the command line. */
public final class FindingText {
    private FindingText() {
    }

    /** "gil · gil-contention: 2 threads, 1.0 cores used … (3.0 ms – 2.79 s)". */
    public static String line(ModelKind model, Finding f) {
        return model.id() + " · " + f.kind().id() + ": " + f.message() + " (" + Amounts.duration(f.startMs()) + " – "
                + Amounts.duration(f.endMs()) + ")";
    }
}
