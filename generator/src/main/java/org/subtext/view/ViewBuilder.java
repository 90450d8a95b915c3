package org.subtext.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.Edition;
import org.subtext.graph.GraphChange;
import org.subtext.graph.RenderedActor;
import org.subtext.graph.RenderedAuthor;
import org.subtext.graph.RenderedPage;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Claim;

/** Turns the content graph into one view per page, each with the path it is written to. */
public final class ViewBuilder {

    /**
     * What the views are made from, kept where a live preview keeps it: {@code make}'s result again
     * while {@code input} equals the last one given for {@code key} (a prose-only save hands over the
     * very maps of the last build, so the check is one identity test).
     */
    public interface Derived {
        default <T> T derived(String key, Object input, java.util.function.Supplier<T> make) {
            return make.get();
        }
    }

    private final Derived kept;

    /** Keeps nothing between builds. */
    public ViewBuilder() {
        this(new Derived() {
        });
    }

    public ViewBuilder(Derived kept) {
        this.kept = kept;
    }

    /**
     * Lists the pages; their views are built as they render (see {@link PageModel}).
     *
     * @param scripts the templates' scripts and icon by name ("site.js", "search.js", "favicon.svg");
     *                a missing one is simply not loaded
     */
    public List<PageModel> build(Edition edition, PageAssets assets, Map<String, StaticFile> scripts, Words words,
                                 Alternates alternates) {
        ContentGraph graph = edition.graph();
        ViewContext ctx = new ViewContext(edition, assets, scripts, words, alternates);
        ExplainerViewBuilder explainers = new ExplainerViewBuilder(ctx);
        ActorViewBuilder actors = new ActorViewBuilder(ctx, explainers);
        TimelineFilters filters = kept.derived("timeline filters " + edition.prefix(),
                List.of(graph.tagTimelines(), graph.actorEvents()), () -> new TimelineFilters(graph));
        ListingViewBuilder listings = new ListingViewBuilder(ctx, filters);
        Pages pages = new Pages(edition.prefix(), words);
        pages.add("index.html", "home", listings::home);
        if (edition.isDefault()) {
            // a server has one page for addresses it does not know
            pages.add("404.html", "404", listings::notFound);
        }
        pages.add(Urls.file("timeline/"), "timeline", listings::timeline);
        graph.actorEvents().forEach((actor, events) -> {
            if (!events.isEmpty()) {
                pages.add(Urls.file(Urls.actorTimeline(actor)), "timeline",
                        () -> listings.actorTimeline(actor));
            }
        });
        graph.tagTimelines().keySet().forEach(tag -> pages.add(Urls.file(Urls.tagTimeline(tag)), "timeline",
                () -> listings.tagTimeline(tag)));
        filters.forEachPair((actor, tag) -> pages.add(Urls.file(Urls.pairTimeline(actor, tag)),
                "timeline", () -> listings.pairTimeline(actor, tag)));
        pages.add(Urls.file("claims/"), "claims", listings::claims);
        pages.add(Urls.file(Urls.CORRECTIONS), "corrections", new CorrectionsViewBuilder(ctx)::page);
        pages.add(Urls.file("tags/"), "tags", listings::tags);
        pages.add(Urls.file("actors/"), "actors", actors::index);
        pages.add(Urls.file("search/"), "search", () -> new SearchViewBuilder(ctx).search());
        ClaimViewBuilder claims = new ClaimViewBuilder(ctx, explainers);
        for (RenderedExplainer explainer : graph.explainers()) {
            pages.add(Urls.file(Urls.explainer(explainer.slug())), "explainer",
                    () -> explainers.build(explainer), explainer.explainer().file(),
                    change -> change.touchesExplainer(explainer.slug()));
            for (Claim claim : explainer.explainer().claims()) {
                // drawn from front matter but for the explainers linking to it, which a save may change:
                // those whose links to its explainer came or went, or whose links to this claim did
                pages.add(Urls.file(Urls.claim(explainer.slug(), claim.id())), "claim-page",
                        () -> claims.page(explainer, claim), explainer.explainer().file(),
                        change -> change.backlinkTargets().contains(explainer.slug())
                                || !change.anchorTargets().isEmpty()
                                        && change.anchorTargets().contains(explainer.slug() + "#" + claim.id()));
            }
            if (!explainer.explainer().claims().isEmpty()) {
                pages.add(Urls.file(Urls.claimEmbeds(explainer.slug())), "claim-embed",
                        () -> claims.embeds(explainer), explainer.explainer().file(), change -> false);
            }
        }
        for (RenderedActor actor : graph.actors()) {
            pages.add(Urls.file(Urls.actor(actor.actor().id())), "actor", () -> actors.build(actor),
                    actor.actor().file(), change -> change.touchesActor(actor.actor().id()));
        }
        // neither shows an explainer's body, and a change to an author or a page is more than a body change
        AuthorViewBuilder authors = new AuthorViewBuilder(ctx);
        for (RenderedAuthor author : graph.authors()) {
            pages.add(Urls.file(Urls.author(author.author().id())), "author",
                    () -> authors.build(author), author.author().file(), change -> false);
        }
        if (!graph.authors().isEmpty()) {
            pages.add(Urls.file(Urls.AUTHORS), "authors", authors::index);
        }
        PageViewBuilder standalone = new PageViewBuilder(ctx);
        for (RenderedPage page : graph.pages()) {
            pages.add(Urls.file(Urls.page(page.page().slug())), "page", () -> standalone.build(page),
                    page.page().file(), change -> false);
        }
        graph.tags().forEach((tag, slugs) -> pages.add(Urls.file(Urls.tag(tag)), "tag",
                () -> listings.tag(tag, slugs)));
        graph.sections().forEach((section, slugs) -> pages.add(Urls.file(Urls.section(section)), "section",
                () -> listings.section(section, slugs)));
        return pages.made;
    }

    /** The pages of one edition, each made under its prefix ("" or "uk/") and in its words. */
    private static final class Pages {
        private final String prefix;
        private final Words words;
        final List<PageModel> made = new ArrayList<>();

        Pages(String prefix, Words words) {
            this.prefix = prefix;
            this.words = words;
        }

        /** A listing: drawn from front matter only, so no body-only change alters it. */
        void add(String path, String template, Supplier<Object> view) {
            add(path, template, view, null, change -> false);
        }

        void add(String path, String template, Supplier<Object> view, String origin,
                 Predicate<GraphChange> redrawnBy) {
            made.add(new PageModel(prefix.isEmpty() ? path : prefix + path, template, view, origin, redrawnBy, words));
        }
    }
}
