package org.subtext.graph;

import java.util.List;

import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.markdown.LinkIndex;
import org.subtext.model.Explainer;

/**
 * Renders of explainers kept by an earlier build, possibly of another process: Markdown is the
 * costliest part of a build, and an explainer renders the same while its file and the link index
 * are the same.
 */
public interface RenderStore {

    /** The kept render of {@code explainer} under {@code index}, its diagnostics replayed into {@code sink}; or null. */
    RenderedExplainer find(Explainer explainer, LinkIndex index, Diagnostics sink);

    /** Keeps a fresh render and the diagnostics it gave, for the next build. */
    void keep(Explainer explainer, LinkIndex index, RenderedExplainer rendered, List<Diagnostic> diagnostics);
}
