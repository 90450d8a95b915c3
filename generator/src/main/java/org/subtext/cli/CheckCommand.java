package org.subtext.cli;

import java.util.concurrent.Callable;

import org.subtext.build.BuildResult;
import org.subtext.build.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates everything build does, including rendered links and anchors; writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuilder().render(site.toBuildOptions(spec.commandLine(), null));
        Report.diagnostics(result, spec.commandLine().getErr());
        if (!result.ok()) {
            return 1;
        }
        spec.commandLine().getOut().println("No errors: " + Report.count(result.pages(), "page") + " checked in "
                + result.timings().totalMillis() + " ms");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
