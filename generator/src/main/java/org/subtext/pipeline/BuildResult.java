package org.subtext.pipeline;

import java.util.List;
import java.util.Map;

import org.subtext.diag.Diagnostic;
import org.subtext.output.OutputFile;

/**
 * The outcome of a build: the files of the site when kept in memory, in no set order (empty when
 * there were errors, and after a build that wrote them as it went), how many files there were,
 * every diagnostic, the base path the site is served under ("/" or "/sub/"), and the drafts this
 * build left out: the folder each would be published at ("explainers/peace-talks/", "about/") to
 * its source file, so that a preview can say why one is missing.
 */
public record BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages, Timings timings,
                          String basePath, int fileCount, Map<String, String> drafts) {

    public BuildResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        drafts = Map.copyOf(drafts);
    }

    public BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int pages, Timings timings) {
        this(files, diagnostics, pages, timings, "/", files.size(), Map.of());
    }

    /** The same build with {@code all} as its diagnostics: for checks that add their own to a build's. */
    public BuildResult withDiagnostics(List<Diagnostic> all) {
        return new BuildResult(files, all, pages, timings, basePath, fileCount, drafts);
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
