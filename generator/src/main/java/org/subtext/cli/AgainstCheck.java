package org.subtext.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.model.Explainer;
import org.subtext.pipeline.BuildResult;
import org.subtext.revision.CorrectionsGate;
import org.subtext.revision.GitRevision;
import org.subtext.source.ContentLoader;
import org.subtext.source.SourceFile;

/**
 * {@code check --against GIT_REF}: the check's result with the errors of the corrections gate
 * ({@link CorrectionsGate}) added, so that everything is reported together. Both sides are read
 * again here, drafts included (an explainer published at the commit stays on the record when it
 * turns draft); problems of the content now were reported by the check, and those of the content
 * then are history.
 */
final class AgainstCheck {

    private AgainstCheck() {
    }

    static BuildResult addTo(BuildResult result, GitRevision revision, Path content) {
        String displayRoot = displayRoot(content);
        FrontMatterParser parser = new FrontMatterParser();
        Diagnostics ignored = new Diagnostics();
        List<Explainer> before = Parallel.map(revision.explainers(displayRoot),
                file -> parser.parseExplainer(file, ignored)).stream().filter(Objects::nonNull).toList();
        ContentLoader loader = new ContentLoader(ignored);
        List<CorrectionsGate.Current> now = Parallel.map(loader.load(content).explainers(), unread -> {
            SourceFile file = loader.read(unread);
            Explainer explainer = file == null ? null : parser.parseExplainer(file, ignored);
            return explainer == null ? null : new CorrectionsGate.Current(explainer, file.text());
        }).stream().filter(Objects::nonNull).toList();
        Diagnostics found = new Diagnostics();
        found.addAll(CorrectionsGate.compare(before, now, revision.ref()));
        found.addAll(result.diagnostics());
        List<Diagnostic> all = found.sorted();
        return result.withDiagnostics(all);
    }

    /** The content folder as messages name it, as the loader names it. */
    private static String displayRoot(Path content) {
        String root = content.toString();
        return root.isEmpty() || root.equals(".") ? "" : root.endsWith("/") ? root : root + "/";
    }
}
