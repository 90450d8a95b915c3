package org.subtext.model;

import java.util.List;
import java.util.Set;

/**
 * One explainer: its front matter, already typed and checked, and its Markdown body.
 * {@code shortTitle} (null: use {@code title}), {@code language} (null: the site's default) and
 * {@code translationOf} may be null; {@code authors} is the byline, in order. {@code leftOutIds} are the
 * ids of claims, conditions, layers, events, sources and updates left out for errors of their own
 * (reported already): references to them are not reported again.
 */
public record Explainer(
        String slug,
        String file,
        String title,
        String summary,
        List<String> keyPoints,
        String section,
        PartialDate published,
        PartialDate updated,
        List<Ref> tags,
        List<Ref> actors,
        Headline headline,
        List<Claim> claims,
        List<Condition> conditions,
        List<Layer> layers,
        List<TimelineEvent> timeline,
        List<Source> sources,
        List<Ref> related,
        List<Update> updates,
        boolean draft,
        List<Ref> authors,
        String shortTitle,
        ExplainerLabel label,
        Ref language,
        Translation translationOf,
        String body,
        int bodyFirstLine,
        Set<String> leftOutIds) {

    public Explainer {
        keyPoints = List.copyOf(keyPoints);
        tags = List.copyOf(tags);
        actors = List.copyOf(actors);
        claims = List.copyOf(claims);
        conditions = List.copyOf(conditions);
        layers = List.copyOf(layers);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        updates = List.copyOf(updates);
        authors = List.copyOf(authors);
        leftOutIds = Set.copyOf(leftOutIds);
    }

    /** The same front matter over another body (the line it starts on unchanged). */
    public Explainer withBody(String newBody) {
        return new Explainer(slug, file, title, summary, keyPoints, section, published, updated, tags, actors, headline,
                claims, conditions, layers, timeline, sources, related, updates, draft, authors, shortTitle, label, language,
                translationOf, newBody, bodyFirstLine, leftOutIds);
    }

    /** What {@code [[slug]]}, breadcrumbs and lists of related explainers show. */
    public String linkTitle() {
        return shortTitle == null ? title : shortTitle;
    }
}
