package org.subtext.view;

import org.subtext.graph.RenderedExplainer;

/** Builds the search page; without JavaScript it lists every explainer, newest first. */
final class SearchViewBuilder {

    private final ViewContext ctx;

    SearchViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    Views.SearchPage search() {
        return new Views.SearchPage(ctx.site, ctx.meta("Search", "Search the explainers, claims and actors.",
                "search/", "website", null), ctx.urls.href("search-index.json"),
                ctx.cards(ctx.graph.explainers().stream().map(RenderedExplainer::slug).toList()));
    }
}
