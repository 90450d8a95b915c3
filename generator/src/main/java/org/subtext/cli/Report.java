package org.subtext.cli;

import java.io.PrintWriter;
import java.util.List;

import org.subtext.pipeline.BuildResult;
import org.subtext.diag.Diagnostic;

/** Prints a build's diagnostics together, sorted, then one line that counts them. */
final class Report {

    private Report() {
    }

    /** In text, more warnings than this are counted rather than listed, unless --verbose. */
    static final int WARNINGS_LISTED = 50;

    static void diagnostics(BuildResult result, OutputFormat format, Verbosity verbosity, PrintWriter out,
                            PrintWriter err) {
        List<Diagnostic> shown = verbosity.quiet() ? result.diagnostics().stream().filter(Diagnostic::isError).toList()
                : result.diagnostics();
        if (format == OutputFormat.JSON) {
            format.print(shown, out);
            return;
        }
        long warnings = shown.stream().filter(d -> !d.isError()).count();
        if (format == OutputFormat.TEXT && !verbosity.verbose() && warnings > WARNINGS_LISTED) {
            int[] listed = {0};
            shown = shown.stream().filter(d -> d.isError() || listed[0]++ < WARNINGS_LISTED).toList();
            format.print(shown, err);
            err.println("... and " + count(warnings - WARNINGS_LISTED, "more warning") + " (--verbose lists them all)");
        } else {
            format.print(shown, format == OutputFormat.GITHUB ? out : err);
        }
        if (!result.ok()) {
            err.println(count(result.errorCount(), "error") + (result.warningCount() > 0 && !verbosity.quiet()
                    ? ", " + count(result.warningCount(), "warning") : "") + "; nothing was written");
        }
        err.flush();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
