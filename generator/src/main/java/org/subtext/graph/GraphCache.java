package org.subtext.graph;

import org.subtext.diag.DiagnosedCache;
import org.subtext.markdown.LinkIndex;

/**
 * Rendered Markdown of explainers and actors kept between the builds of a live preview, so a save
 * re-renders only the files whose content (or whose links' targets) changed.
 */
public final class MarkdownCache {

    final DiagnosedCache renders = new DiagnosedCache();
    private LinkIndex lastIndex;

    /**
     * The previous build's index when this one equals it, so that each cache lookup compares the
     * index by identity instead of comparing every target again.
     */
    synchronized LinkIndex canonical(LinkIndex index) {
        if (!index.equals(lastIndex)) {
            lastIndex = index;
        }
        return lastIndex;
    }
}
