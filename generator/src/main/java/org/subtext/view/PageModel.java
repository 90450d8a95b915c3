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

    public PageModel(String path, String template, Supplier<Object> viewSupplier, String origin,
                     Predicate<GraphChange> redrawnBy) {
        this(path, template, viewSupplier, origin, redrawnBy, null);
    }

    /** A listing: drawn from front matter only, so no body-only change alters it. */
    public PageModel(String path, String template, Supplier<Object> viewSupplier) {
        this(path, template, viewSupplier, null, change -> false);
    }

    /** The page in an edition: under its prefix ("uk/"), in its words. */
    PageModel in(String prefix, Words language) {
        return new PageModel(prefix + path, template, viewSupplier, origin, redrawnBy, language);
    }

    /** Builds the view; thread-safe, and each call builds it anew. */
    public Object view() {
        return viewSupplier.get();
    }
}
