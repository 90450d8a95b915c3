package org.subtext.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.subtext.model.PartialDate;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.revision.GitRevision;
import org.subtext.revision.RevisionException;

final class CheckCommand {

    private CheckCommand() {
    }

    static final Command COMMAND = new Command("check",
            "Validates everything build does, including rendered links and anchors; writes nothing.",
            List.of(), Command.options(SiteOptions.OPTIONS,
                    List.of(Option.value("--format", "FORMAT", "text",
                            "text (file:line:col: error: message), github (Actions annotations) or json"),
                            Option.value("--as-of", "DATE", null, "the date claims' review_by is checked"
                                    + " against (default: today, UTC): one past it is a warning"),
                            Option.flag("--external", null, "also fetch every source's url (at most 8 at a time,"
                                    + " 2 per host, 10 s each): a dead one is an error, or a warning when its"
                                    + " archived copy answers; live answers are kept a day in .subtext-cache/"),
                            Option.value("--against", "GIT_REF", null, "also compare with the content at this"
                                    + " commit (for a pull request, its base): a published claim's status changes"
                                    + " only with a history entry, is removed only with a correction, and"
                                    + " published dates stay")),
                    Verbosity.OPTIONS),
            CheckCommand::run);

    /** --as-of as given (a full date), or today in UTC. */
    private static PartialDate asOf(Arguments arguments) {
        String given = arguments.value("--as-of");
        if (given == null) {
            return PartialDate.parse(LocalDate.now(ZoneOffset.UTC).toString()).orElseThrow();
        }
        PartialDate date = PartialDate.parse(given).orElse(null);
        if (date == null || date.precision() != PartialDate.Precision.DAY) {
            throw arguments.wrong("--as-of must be a date such as 2026-12-06, not '" + given + "'");
        }
        return date;
    }

    /** The commit --against names, found before the check runs, so that a wrong one costs no build. */
    private static GitRevision against(Arguments arguments, BuildOptions options) {
        String ref = arguments.value("--against");
        try {
            return ref == null ? null : GitRevision.open(options.content(), ref);
        } catch (RevisionException e) {
            throw arguments.wrong(e.getMessage());
        }
    }

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        String format = arguments.value("--format");
        OutputFormat output;
        try {
            output = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw arguments.wrong("--format must be text, github or json, not '" + format + "'");
        }
        Verbosity verbosity = Verbosity.of(arguments);
        BuildOptions options = SiteOptions.toBuildOptions(arguments, null).withAsOf(asOf(arguments));
        GitRevision against = against(arguments, options);
        BuildResult result = new SiteBuilder().check(options);
        if (against != null) {
            try {
                result = AgainstCheck.addTo(result, against, options.content());
            } catch (RevisionException e) {
                throw arguments.wrong(e.getMessage());
            }
        }
        String checked = Report.count(result.pages(), "page");
        long millis = result.timings().totalMillis();
        if (arguments.flag("--external")) {
            ExternalCheck.Checked external = ExternalCheck.addTo(result, options);
            result = external.result();
            checked += " and " + Report.count(external.links(), "source link");
            millis += external.millis();
        }
        Report.diagnostics(result, output, verbosity, out, err);
        if (result.ok() && output == OutputFormat.TEXT && !verbosity.quiet()) {
            out.println("No errors: " + checked + " checked in " + millis + " ms");
        }
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
