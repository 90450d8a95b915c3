package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.Progress;
import org.subtext.pipeline.SiteBuilder;

final class BuildCommand {

    private BuildCommand() {
    }

    static final Command COMMAND = new Command("build",
            "Validates the content and writes the site; on any error the previous site stays as it was.",
            List.of(), Command.options(SiteOptions.OPTIONS,
                    List.of(Option.value("--out", "DIR", "site", "output folder, replaced whole on success")),
                    Verbosity.OPTIONS),
            BuildCommand::run);

    private static int run(Arguments arguments, PrintWriter stdout, PrintWriter err) {
        Verbosity verbosity = Verbosity.of(arguments);
        Path out = arguments.path("--out");
        var options = SiteOptions.toBuildOptions(arguments, out);
        Progress progress = TerminalProgress.forTerminal(err, verbosity.quiet());
        BuildResult result;
        try {
            result = new SiteBuilder(progress).build(options);
        } catch (IOException e) {
            err.println("error: cannot write the site to " + out + ": " + e.getMessage());
            return 1;
        } finally {
            if (progress instanceof TerminalProgress terminal) {
                terminal.finish();
            }
        }
        Report.diagnostics(result, OutputFormat.TEXT, verbosity, stdout, err);
        if (!result.ok()) {
            return 1;
        }
        if (!verbosity.quiet()) {
            stdout.println("Built " + Report.count(result.pages(), "page") + " (" + result.fileCount()
                    + " files) into " + out + " in " + result.timings().totalMillis() + " ms");
        }
        if (verbosity.verbose()) {
            stdout.println("Stages: " + result.timings());
        }
        stdout.flush();
        return 0;
    }
}
