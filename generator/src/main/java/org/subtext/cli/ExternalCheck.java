package org.subtext.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.external.ExternalLinkChecker;
import org.subtext.external.ExternalSource;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;

/**
 * {@code check --external}: the check's result with the problems of the content's source links
 * added, so that everything is reported together. Live answers are kept a day in
 * {@code .subtext-cache/} beside the content folder, where the default output folder keeps its cache.
 */
final class ExternalCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ExternalCheck() {
    }

    /** The result with the link problems added, the number of links checked, and the time it took. */
    static Checked addTo(BuildResult result, BuildOptions options) {
        long started = System.nanoTime();
        List<ExternalSource> links = SourceLinks.of(options.content(), options.drafts());
        ExternalLinkChecker checker = new ExternalLinkChecker(TIMEOUT, Clock.systemUTC(),
                cacheFolder(options.content()).resolve("external-links.tsv"));
        Diagnostics found = new Diagnostics();
        found.addAll(checker.check(links));
        if (options.strict()) {
            found.promoteWarnings();
        }
        found.addAll(result.diagnostics());
        List<Diagnostic> all = found.sorted();
        return new Checked(result.withDiagnostics(all), links.stream().map(ExternalSource::url).distinct().count(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static Path cacheFolder(Path content) {
        Path folder = content.toAbsolutePath().normalize();
        return (folder.getParent() == null ? folder : folder.getParent()).resolve(".subtext-cache");
    }

    record Checked(BuildResult result, long links, long millis) {
    }
}
