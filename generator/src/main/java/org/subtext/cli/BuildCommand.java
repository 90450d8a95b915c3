package org.subtext.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.subtext.build.BuildResult;
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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "output folder, replaced whole on success (default: ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuilder builder = new SiteBuilder();
        BuildResult result;
        try {
            result = builder.build(site.toBuildOptions(spec.commandLine(), out));
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write the site to " + out + ": " + e.getMessage());
            return 1;
        }
        Report.diagnostics(result, spec.commandLine().getErr());
        if (!result.ok()) {
            return 1;
        }
        spec.commandLine().getOut().println("Built " + Report.count(result.pages(), "page") + " ("
                + result.files().size() + " files) into " + out + " in " + result.timings().totalMillis() + " ms");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
