package org.subtext.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.diag.Diagnostic;
import org.subtext.markdown.LinkIndex;

/**
 * Rendered Markdown of explainers and actors kept between the builds of a live preview, so a save
 * re-renders only the files whose content (or whose links' targets) changed.
 */
public final class MarkdownCache {

    record Entry(Object input, LinkIndex index, Object value, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
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

    Entry get(String key) {
        return entries.get(key);
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }
}
