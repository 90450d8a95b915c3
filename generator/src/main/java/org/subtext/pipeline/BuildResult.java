package org.subtext.pipeline;

import java.util.List;

import org.subtext.diag.Diagnostic;
import org.subtext.output.OutputFile;

/**
 * The outcome of a build: the files of the site when kept in memory, in no set order (empty when
 * there were errors, and after a build that wrote them as it went), how many files there were,
 * every diagnostic, and the base path the site is served under ("/" or "/sub/").
 */
public record BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages, Timings timings,
                          String basePath, int fileCount) {

    public BuildResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages, Timings timings) {
        this(files, diagnostics, pages, timings, "/", files.size());
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
