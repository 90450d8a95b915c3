package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.subtext.build.BuildResult;
import org.subtext.build.Progress;
import org.subtext.build.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates the content and writes the site; on any error the previous site stays as it was.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder, replaced whole on success (default: ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Progress progress = TerminalProgress.forTerminal(err, verbosity.quiet);
        BuildResult result;
        try {
            result = new SiteBuilder(progress).build(site.toBuildOptions(spec.commandLine(), out));
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
        if (!verbosity.quiet) {
            stdout.println("Built " + Report.count(result.pages(), "page") + " (" + result.fileCount()
                    + " files) into " + out + " in " + result.timings().totalMillis() + " ms");
        }
        if (verbosity.verbose) {
            stdout.println("Stages: " + result.timings());
        }
        stdout.flush();
        return 0;
    }
}
