package org.subtext.graph;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.diag.DiagnosedCache;
import org.subtext.diag.Diagnostic;
import org.subtext.markdown.LinkIndex;
import org.subtext.model.Actor;
import org.subtext.model.Content;
import org.subtext.model.Explainer;

/**
 * What the graph stage keeps between the builds of a live preview: rendered Markdown of explainers
 * and actors, so a save re-renders only the files whose content (or whose links' targets) changed;
 * and everything derived from front matter alone (reference checks, the link index, the merged
 * timeline, actors' claims, conditions and events, tags, sections and tag timelines), reused while no front matter
 * changed, the commonest case while writing prose.
 */
public final class GraphCache {

    private static final List<RecordComponent> FRONT_MATTER = List.of(Explainer.class.getRecordComponents())
            .stream().filter(c -> !c.getName().equals("body")).toList();

    final DiagnosedCache renders = new DiagnosedCache();
    private final Map<String, ExplainerLinks> links = new ConcurrentHashMap<>();
    private LinkIndex lastIndex;
    private FrontMatter lastFrontMatter;
    private CrossReferences lastReferences;

    /**
     * What was derived from the front matter of {@code content}; {@code diagnostics} are those the
     * derivation reported, replayed when it is reused.
     */
    record FrontMatter(Content content, boolean includeDrafts, LinkIndex index, List<MergedEvent> timeline,
                       Map<String, List<ClaimRef>> actorClaims, Map<String, List<ConditionRef>> actorConditions,
                       Map<String, List<MergedEvent>> actorEvents, Map<String, List<String>> tags,
                       Map<String, List<String>> sections, Map<String, List<MergedEvent>> tagTimelines,
                       List<Diagnostic> diagnostics) {

        FrontMatter with(Content newer) {
            return new FrontMatter(newer, includeDrafts, index, timeline, actorClaims, actorConditions, actorEvents,
                    tags, sections, tagTimelines, diagnostics);
        }
    }

    /**
     * The previous build's index when this one equals it, so that each cache lookup compares the
     * index by identity instead of comparing every target again.
     */
    synchronized LinkIndex canonical(LinkIndex index) {
        if (!index.equals(lastIndex)) {
            lastIndex = index;
        }
        return lastIndex;
    }

    /** The last derivation, when {@code content} differs from its content in Markdown bodies at most. */
    synchronized FrontMatter frontMatter(Content content, boolean includeDrafts) {
        FrontMatter last = lastFrontMatter;
        if (last == null || last.includeDrafts() != includeDrafts) {
            return null;
        }
        Content was = last.content();
        if (!was.site().equals(content.site()) || !was.unreadable().equals(content.unreadable())
                || !sameItems(was.actors(), content.actors())
                || !sameItems(was.authors(), content.authors()) || !sameItems(was.pages(), content.pages())
                // the publisher's logo is checked against the assets
                || !was.assets().equals(content.assets())
                || !sameItems(was.standaloneEvents(), content.standaloneEvents())
                || was.explainers().size() != content.explainers().size()) {
            return null;
        }
        for (int i = 0; i < content.explainers().size(); i++) {
            if (!sameFrontMatter(was.explainers().get(i), content.explainers().get(i))) {
                return null;
            }
        }
        return last;
    }

    /** The explainer's links, worked out again only when its rendered record is a new object. */
    ExplainerLinks links(RenderedExplainer rendered) {
        ExplainerLinks kept = links.get(rendered.slug());
        if (kept == null || kept.from() != rendered) {
            kept = ExplainerLinks.of(rendered);
            links.put(rendered.slug(), kept);
        }
        return kept;
    }

    /**
     * The cross-references of {@code links}: updated from the last ones when front matter did not
     * change since ({@code sameFrontMatter}: same actors, same explainers in the same order), else
     * worked out in full.
     */
    synchronized CrossReferences crossReferences(boolean sameFrontMatter, List<Actor> actors,
                                                 List<ExplainerLinks> links) {
        CrossReferences updated = sameFrontMatter && lastReferences != null ? lastReferences.update(links) : null;
        lastReferences = updated != null ? updated : CrossReferences.of(actors, links);
        return lastReferences;
    }

    synchronized void keep(FrontMatter derived) {
        lastFrontMatter = derived;
    }

    /** Unchanged files parse to the very same records, so identity settles almost every comparison. */
    private static boolean sameItems(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameFrontMatter(Explainer a, Explainer b) {
        if (a == b) {
            return true;
        }
        try {
            for (RecordComponent component : FRONT_MATTER) {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
