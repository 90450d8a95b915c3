package org.subtext.cli;

import java.io.PrintWriter;

import org.subtext.build.BuildResult;
import org.subtext.diag.Diagnostic;

/** Prints a build's diagnostics together, sorted, then one line that counts them. */
final class Report {

    private Report() {
    }

    static void diagnostics(BuildResult result, PrintWriter err) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format());
        }
        if (!result.ok()) {
            err.println(count(result.errorCount(), "error") + (result.warningCount() > 0
                    ? ", " + count(result.warningCount(), "warning") : "") + "; nothing was written");
        }
        err.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
