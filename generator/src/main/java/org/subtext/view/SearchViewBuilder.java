package org.subtext.view;

import org.subtext.graph.RenderedExplainer;

/** Builds the search page; without JavaScript it lists every explainer, newest first. */
final class SearchViewBuilder {

    private final ViewContext ctx;

    SearchViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    Views.SearchPage search() {
        return new Views.SearchPage(ctx.site, ctx.meta(ctx.words.get("title_search"), ctx.words.get("description_search"),
                "search/", "website", null), ctx.urls.href("search-index.json"),
                ctx.cards(ctx.graph.explainers().stream().map(RenderedExplainer::slug).toList()));
    }
}
