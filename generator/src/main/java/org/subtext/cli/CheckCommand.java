package org.subtext.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.subtext.build.BuildResult;
import org.subtext.build.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates everything build does, including rendered links and anchors; writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (file:line:col: error: message), github (Actions annotations) or json")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat output;
        try {
            output = OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text, github or json, not '" + format + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        BuildResult result = new SiteBuilder().check(site.toBuildOptions(spec.commandLine(), null));
        Report.diagnostics(result, output, verbosity, out, spec.commandLine().getErr());
        if (result.ok() && output == OutputFormat.TEXT && !verbosity.quiet) {
            out.println("No errors: " + Report.count(result.pages(), "page") + " checked in "
                    + result.timings().totalMillis() + " ms");
        }
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
