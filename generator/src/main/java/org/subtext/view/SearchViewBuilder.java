package org.subtext.view;

import java.util.List;

import org.subtext.graph.RenderedExplainer;

/**
 * Builds the search page. Its index is split for size (see {@code SearchIndex}); without JavaScript
 * the page lists the newest explainers and the pages that browse the rest.
 */
final class SearchViewBuilder {

    /** Enough to start from; the full list at 10,000 explainers would weigh megabytes. */
    static final int LATEST = 20;

    private final ViewContext ctx;

    SearchViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    Views.SearchPage search() {
        var explainers = ctx.graph.explainers();
        return new Views.SearchPage(ctx.site, ctx.meta(ctx.words.get("title_search"), ctx.words.get("description_search"),
                "search/", "website", null), ctx.urls.href("search/index.json"),
                ctx.cards(explainers.stream().limit(LATEST).map(RenderedExplainer::slug).toList()), explainers.size(),
                ctx.urls.href("claims/"), ctx.urls.href("timeline/"), ctx.urls.href("tags/"), ctx.urls.href("actors/"),
                resultForms());
    }

    private List<Views.CountedForm> resultForms() {
        return java.util.stream.Stream.of("one", "few", "many", "other")
                .filter(form -> ctx.words.words().containsKey("search_js_results_" + form))
                .map(form -> new Views.CountedForm(form, ctx.words.get("search_js_results_" + form))).toList();
    }
}
