package org.subtext.view;

import org.subtext.graph.RenderedPage;
import org.subtext.model.Page;

/** Builds a standalone page of {@code pages/}: about, methods, a policy. */
final class PageViewBuilder {

    private final ViewContext ctx;

    PageViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    Views.StandalonePage build(RenderedPage rendered) {
        Page p = rendered.page();
        String description = p.summary() != null ? p.summary() : ctx.graph.site().description();
        return new Views.StandalonePage(ctx.site, ctx.meta(p.title(), description, Urls.page(p.slug()), "website",
                null), p.title(), p.summary(), ctx.date(p.updated()), rendered.body().markup());
    }
}
