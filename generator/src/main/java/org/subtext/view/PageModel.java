package org.subtext.view;

import java.util.function.Predicate;
import java.util.function.Supplier;

import org.subtext.graph.GraphChange;

/**
 * One page to render: where it goes in the site, which template draws it, how to build its view, the
 * content file it comes from (null for listings), for messages about the page, and which body-only
 * changes of a live preview alter it. Views are built when the page renders, so that a build holds
 * only the views of the pages being rendered right now. {@code words} are the interface words of the
 * page's language.
 */
public record PageModel(String path, String template, Supplier<Object> viewSupplier, String origin,
                        Predicate<GraphChange> redrawnBy, Words words) {

    /** Builds the view; thread-safe, and each call builds it anew. */
    public Object view() {
        return viewSupplier.get();
    }
}
