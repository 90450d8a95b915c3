package org.subtext.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.subtext.graph.ClaimRef;
import org.subtext.graph.MergedEvent;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.ClaimStatus;

/** Builds the pages that list things: home, timeline, claims, tags, sections and the 404 page. */
final class ListingViewBuilder {

    private final ViewContext ctx;
    private final TimelineFilters filters;

    ListingViewBuilder(ViewContext ctx, TimelineFilters filters) {
        this.ctx = ctx;
        this.filters = filters;
    }

    Views.HomePage home() {
        List<String> slugs = ctx.graph.explainers().stream().map(RenderedExplainer::slug).toList();
        Views.Card lead = slugs.isEmpty() ? null : ctx.card(slugs.get(0));
        List<Views.Card> latest = ctx.cards(slugs.stream().skip(1).limit(12).toList());
        List<Views.Section> sections = new ArrayList<>();
        ctx.graph.sections().forEach((name, members) -> sections.add(new Views.Section(name, ctx.cards(members))));
        int claims = ctx.graph.explainers().stream().mapToInt(e -> e.explainer().claims().size()).sum();
        return new Views.HomePage(ctx.site, ctx.meta(ctx.graph.site().title(), ctx.graph.site().description(), "",
                "website", null), lead, latest, sections, slugs.size(), claims, ctx.graph.timeline().size());
    }

    Views.TimelinePage timeline() {
        List<Views.Filter> actors = new ArrayList<>();
        List<Views.Filter> tags = new ArrayList<>();
        ctx.graph.actorEvents().forEach((actor, actorEvents) -> {
            if (!actorEvents.isEmpty()) {
                actors.add(actorFilter(actor, Urls.actorTimeline(actor), actorEvents.size()));
            }
        });
        ctx.graph.tagTimelines().forEach((tag, tagEvents) -> tags.add(tagFilter(tag, Urls.tagTimeline(tag),
                tagEvents.size())));
        return timeline(null, ctx.graph.timeline(), "timeline/", ctx.words.get("description_timeline"), actors, tags,
                List.of());
    }

    /** The timeline narrowed to one actor's events, with a link to narrow it to each topic they share. */
    Views.TimelinePage actorTimeline(String actor) {
        String name = ctx.actorLink(actor).label();
        List<Views.Filter> tags = new ArrayList<>();
        filters.topicsOf(actor).forEach((tag, events) -> tags.add(tagFilter(tag,
                pairPath(actor, tag, Urls.actorTimeline(actor), events), events.size())));
        return timeline(name, ctx.graph.actorEvents().get(actor), Urls.actorTimeline(actor),
                ctx.words.format("description_actor_timeline", name), new ArrayList<>(), tags, List.of());
    }

    /** The timeline narrowed to the events of explainers with one tag, with a link to narrow it to each actor. */
    Views.TimelinePage tagTimeline(String tag) {
        String label = ctx.graph.site().tagLabel(tag);
        List<Views.Filter> actors = new ArrayList<>();
        filters.actorsOf(tag).forEach((actor, events) -> actors.add(actorFilter(actor,
                pairPath(actor, tag, Urls.tagTimeline(tag), events), events.size())));
        return timeline(label, ctx.graph.tagTimelines().get(tag), Urls.tagTimeline(tag),
                ctx.words.format("description_tag_timeline", label), actors, new ArrayList<>(), List.of());
    }

    /** The events of one actor and one topic together, with a link to take away each of the two. */
    Views.TimelinePage pairTimeline(String actor, String tag) {
        String name = ctx.actorLink(actor).label();
        String label = ctx.graph.site().tagLabel(tag);
        List<Views.Filter> clear = List.of(
                new Views.Filter(actor, ctx.words.format("timeline_clear_topic", name),
                        ctx.urls.href(Urls.actorTimeline(actor)), ctx.graph.actorEvents().get(actor).size()),
                new Views.Filter(tag, ctx.words.format("timeline_clear_actor", label),
                        ctx.urls.href(Urls.tagTimeline(tag)), ctx.graph.tagTimelines().get(tag).size()));
        return timeline(ctx.words.format("timeline_pair", name, label), filters.topicsOf(actor).get(tag),
                Urls.pairTimeline(actor, tag), ctx.words.format("description_pair_timeline", name, label),
                new ArrayList<>(), new ArrayList<>(), clear);
    }

    /** Where a pair's link leads: its page, or for a pair of one event that event on the page it is listed on. */
    private static String pairPath(String actor, String tag, String here, List<MergedEvent> shared) {
        return TimelineFilters.hasPage(shared) ? Urls.pairTimeline(actor, tag) : here + "#event-" + shared.get(0).id();
    }

    /** An event's topics as places in the page's list of them ("0 2"), or null for none listed. */
    private static String places(List<String> topics, Map<String, Integer> places) {
        StringBuilder joined = new StringBuilder();
        for (String topic : topics) {
            Integer place = places.get(topic);
            if (place != null) {
                joined.append(joined.isEmpty() ? "" : " ").append(place);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private Views.Filter actorFilter(String actor, String path, int count) {
        return new Views.Filter(actor, ctx.actorLink(actor).label(), ctx.urls.href(path), count);
    }

    private Views.Filter tagFilter(String tag, String path, int count) {
        return new Views.Filter(tag, ctx.graph.site().tagLabel(tag), ctx.urls.href(path), count);
    }

    private Views.TimelinePage timeline(String filter, List<MergedEvent> events, String path, String description,
                                        List<Views.Filter> actors, List<Views.Filter> tags,
                                        List<Views.Filter> clear) {
        actors.sort(Comparator.comparing(Views.Filter::label));
        // by what readers see: a label may start with a capital, an unlabelled id never does
        tags.sort(Comparator.comparing(Views.Filter::label, String.CASE_INSENSITIVE_ORDER));
        Map<String, Integer> places = new HashMap<>();
        tags.forEach(f -> places.put(f.id(), places.size()));
        Map<String, List<Views.Event>> years = new LinkedHashMap<>();
        for (MergedEvent event : events) {
            years.computeIfAbsent(Integer.toString(event.date().year()), y -> new ArrayList<>())
                    .add(ctx.event(event, places(filters.topics(event), places)));
        }
        List<Views.Year> groups = new ArrayList<>();
        years.forEach((year, yearEvents) -> groups.add(new Views.Year(year, yearEvents)));
        // the script only where there are filters: not on a pair's page
        boolean filtered = !actors.isEmpty() || !tags.isEmpty();
        String title = filter == null ? ctx.words.get("title_timeline") : ctx.words.format("title_timeline_of", filter);
        return new Views.TimelinePage(ctx.site, ctx.meta(title, description, path, "website", null), filter, groups,
                events.size(), ctx.urls.href("timeline/"), actors, tags, clear, TimelineOverview.of(events, ctx.words),
                filtered ? ctx.timelineScript : null, filtered ? ctx.timelineScriptIntegrity : null);
    }

    Views.ClaimsPage claims() {
        List<ClaimRef> all = new ArrayList<>();
        for (RenderedExplainer e : ctx.graph.explainers()) {
            e.explainer().claims().forEach(c -> all.add(new ClaimRef(e.slug(), c)));
        }
        all.sort(Comparator.comparing((ClaimRef c) -> c.claim().date()).reversed()
                .thenComparing(ClaimRef::explainerSlug).thenComparing(c -> c.claim().id()));
        List<Views.StatusGroup> groups = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            List<Views.Claim> claims = all.stream().filter(c -> c.claim().status() == status)
                    .map(c -> ctx.claim(c, true)).toList();
            if (!claims.isEmpty()) {
                groups.add(new Views.StatusGroup(status.id(), ctx.term("status", status.id()),
                        ctx.statusMeaning(status), claims));
            }
        }
        return new Views.ClaimsPage(ctx.site, ctx.meta(ctx.words.get("title_claims"),
                ctx.words.get("description_claims"), "claims/", "website", null), groups,
                all.size());
    }

    Views.TagPage tag(String tag, List<String> slugs) {
        String label = ctx.graph.site().tagLabel(tag);
        return new Views.TagPage(ctx.site, ctx.meta(ctx.words.format("title_tag", label),
                ctx.words.format("description_tag", label), Urls.tag(tag), "website", null), label, ctx.cards(slugs));
    }

    Views.TagsPage tags() {
        List<Views.TagEntry> entries = new ArrayList<>();
        ctx.graph.tags().forEach((tag, slugs) -> entries.add(new Views.TagEntry(ctx.tagLink(tag), slugs.size())));
        entries.sort(Comparator.comparing((Views.TagEntry e) -> e.tag().label(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.tag().url()));
        return new Views.TagsPage(ctx.site, ctx.meta(ctx.words.get("title_tags"), ctx.words.get("description_tags"),
                "tags/", "website",
                null), entries);
    }

    Views.SectionPage section(String section, List<String> slugs) {
        return new Views.SectionPage(ctx.site, ctx.meta(section, ctx.words.format("description_section", section),
                Urls.section(section), "website", null), section, ctx.cards(slugs));
    }

    Views.NotFoundPage notFound() {
        List<String> slugs = ctx.graph.explainers().stream().map(RenderedExplainer::slug).limit(5).toList();
        return new Views.NotFoundPage(ctx.site, ctx.meta(ctx.words.get("title_not_found"), ctx.graph.site().description(), "404.html",
                "website", null), ctx.cards(slugs));
    }
}
