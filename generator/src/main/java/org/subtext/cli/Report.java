package org.subtext.cli;

import java.io.PrintWriter;
import java.util.List;

import org.subtext.build.BuildResult;
import org.subtext.diag.Diagnostic;

/** Prints a build's diagnostics together, sorted, then one line that counts them. */
final class Report {

    private Report() {
    }

    static void diagnostics(BuildResult result, OutputFormat format, boolean quiet, PrintWriter out, PrintWriter err) {
        List<Diagnostic> shown = quiet ? result.diagnostics().stream().filter(Diagnostic::isError).toList()
                : result.diagnostics();
        if (format == OutputFormat.JSON) {
            format.print(shown, out);
            return;
        }
        format.print(shown, format == OutputFormat.GITHUB ? out : err);
        if (!result.ok()) {
            err.println(count(result.errorCount(), "error") + (result.warningCount() > 0 && !quiet
                    ? ", " + count(result.warningCount(), "warning") : "") + "; nothing was written");
        }
        err.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
