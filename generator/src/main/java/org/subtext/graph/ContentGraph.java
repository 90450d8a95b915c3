package org.subtext.graph;

import java.util.List;
import java.util.Map;

import org.subtext.model.SiteConfig;
import org.subtext.source.AssetFile;

/**
 * The whole site as the render stage needs it: content with rendered Markdown, plus everything
 * derived from the links between files. Every list is sorted; every map iterates in a stable order.
 *
 * @param explainers newest first (then by slug)
 * @param actors by id
 * @param backlinks target id (explainer or actor) to the explainers linking there, by slug
 * @param actorExplainers actor id to the explainers that name it, newest first
 * @param tags tag to its explainers, newest first; sections likewise
 * @param tagTimelines tag to the events of its explainers, in order, for tags of two or more explainers
 * @param authors by id, their biographies rendered
 * @param pages the pages of this build (drafts only when included), by slug, their bodies rendered
 */
public record ContentGraph(
        SiteConfig site,
        List<RenderedExplainer> explainers,
        List<RenderedActor> actors,
        Map<String, List<Backlink>> backlinks,
        Map<String, List<ClaimRef>> actorClaims,
        Map<String, List<ConditionRef>> actorConditions,
        Map<String, List<String>> actorExplainers,
        Map<String, List<MergedEvent>> actorEvents,
        List<MergedEvent> timeline,
        Map<String, List<String>> tags,
        Map<String, List<String>> sections,
        Map<String, List<MergedEvent>> tagTimelines,
        List<AssetFile> assets,
        List<RenderedAuthor> authors,
        List<RenderedPage> pages) {

    public ContentGraph {
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
    }

    /** Explainers by slug, for lookups from links; built on each call, so callers keep the result. */
    public Map<String, RenderedExplainer> explainersBySlug() {
        Map<String, RenderedExplainer> bySlug = new java.util.HashMap<>();
        explainers.forEach(e -> bySlug.put(e.slug(), e));
        return bySlug;
    }
}
