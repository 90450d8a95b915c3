package org.subtext.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;

final class CheckCommand {

    private CheckCommand() {
    }

    static final Command COMMAND = new Command("check",
            "Validates everything build does, including rendered links and anchors; writes nothing.",
            List.of(), Command.options(SiteOptions.OPTIONS,
                    List.of(Option.value("--format", "FORMAT", "text",
                            "text (file:line:col: error: message), github (Actions annotations) or json")),
                    Verbosity.OPTIONS),
            CheckCommand::run);

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        String format = arguments.value("--format");
        OutputFormat output;
        try {
            output = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw arguments.wrong("--format must be text, github or json, not '" + format + "'");
        }
        Verbosity verbosity = Verbosity.of(arguments);
        BuildResult result = new SiteBuilder().check(SiteOptions.toBuildOptions(arguments, null));
        Report.diagnostics(result, output, verbosity, out, err);
        if (result.ok() && output == OutputFormat.TEXT && !verbosity.quiet()) {
            out.println("No errors: " + Report.count(result.pages(), "page") + " checked in "
                    + result.timings().totalMillis() + " ms");
        }
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
