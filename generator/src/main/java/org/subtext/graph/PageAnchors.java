package org.subtext.graph;

import java.util.Set;
import java.util.TreeSet;

import org.subtext.model.Explainer;

/**
 * The ids an explainer page uses for its own parts. Templates use exactly these; body headings
 * must not take them, so that every {@code #anchor} on a page names one thing.
 */
public final class PageAnchors {

    public static final Set<String> SECTIONS = Set.of("main", "top", "summary", "key-points", "headline-check",
            "layers", "claims", "conditions", "story", "timeline", "sources", "related", "backlinks", "updates",
            "profile", "explainers", "events", "headline-check-title", "key-points-title", "layers-title",
            "claims-title", "conditions-title", "timeline-title", "sources-title", "related-title", "backlinks-title",
            "updates-title", "explainers-title", "events-title");

    private PageAnchors() {
    }

    public static Set<String> reservedFor(Explainer explainer) {
        Set<String> ids = new TreeSet<>(SECTIONS);
        explainer.claims().forEach(c -> ids.add(c.id()));
        explainer.layers().forEach(l -> {
            ids.add("layer-" + l.id());
            ids.add("layer-" + l.id() + "-title");
        });
        explainer.conditions().forEach(c -> ids.add("condition-" + c.id()));
        explainer.timeline().forEach(e -> ids.add("event-" + e.id()));
        explainer.sources().forEach(s -> ids.add("source-" + s.id()));
        return ids;
    }
}
