package dev.concurrencylab.cli;

import dev.concurrencylab.engine.RunOutput;
import dev.concurrencylab.findings.ComparisonFindings;
import dev.concurrencylab.findings.Finding;
import dev.concurrencylab.render.FindingText;
import java.util.List;
import java.util.Locale;

/** The findings under the summary: one numbered line each, with the model, severity, kind and where it happened. */
final class FindingLines {
    private FindingLines() {
    }

    static String format(List<RunOutput> runs, ComparisonFindings findings) {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("findings:\n");
        for (ComparisonFindings.Numbered n : findings.numbered()) {
            Finding f = n.finding();
            b.append(String.format(Locale.ROOT, "%3d. [%s] %s%n", n.number(), f.severity().label(),
                    FindingText.line(runs.get(n.run()).result().label(), f)));
        }
        return b.toString();
    }
}
