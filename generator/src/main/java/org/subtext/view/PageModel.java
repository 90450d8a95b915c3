package org.subtext.view;

import java.util.function.Supplier;

/**
 * One page to render: where it goes in the site, which template draws it, how to build its view, and
 * the content file it comes from (null for listings), for messages about the page. Views are built
 * when the page renders, so that a build holds only the views of the pages being rendered right now.
 */
public record PageModel(String path, String template, Supplier<Object> viewSupplier, String origin) {

    public PageModel(String path, String template, Supplier<Object> viewSupplier) {
        this(path, template, viewSupplier, null);
    }

    /** Builds the view; thread-safe, and each call builds it anew. */
    public Object view() {
        return viewSupplier.get();
    }
}
