package org.subtext.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.model.Actor;
import org.subtext.model.Author;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.Ref;
import org.subtext.model.TimelineEvent;

/** Checks the references that cross files: actors, authors, related explainers, parties, issues, events. */
final class ReferenceChecker {

    private static final String PARTIES = "parties are keys of 'parties' in site.yaml, or actor ids";

    private final Diagnostics diagnostics;

    ReferenceChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param published the explainers of this build; {@code drafts} those left out of it
     */
    void check(Content content, List<Explainer> published, Set<String> drafts) {
        Set<String> actors = ids(content.actors(), Actor::id);
        Set<String> explainers = ids(published, Explainer::slug);
        Set<String> authors = ids(content.authors(), Author::id);
        actors.addAll(content.unreadable());
        authors.addAll(content.unreadable());
        explainers.addAll(content.unreadable());
        Set<String> parties = new TreeSet<>(content.site().parties().keySet());
        Set<String> partiesOrActors = new TreeSet<>(parties);
        partiesOrActors.addAll(actors);
        Set<String> issues = content.site().issues().keySet();

        Map<String, Explainer> bySlug = content.explainers().stream()
                .collect(Collectors.toMap(Explainer::slug, Function.identity()));
        for (Actor actor : content.actors()) {
            if (bySlug.containsKey(actor.id())) {
                diagnostics.error(SourcePosition.ofFile(actor.file()), "actor id '" + actor.id()
                        + "' is also the slug of " + bySlug.get(actor.id()).file()
                        + ": [[" + actor.id() + "]] would be ambiguous; rename one of them");
            }
        }
        for (Explainer explainer : published) {
            explainer.actors().forEach(ref -> exists("actor", ref, actors));
            explainer.authors().forEach(ref -> exists("author", ref, authors, "authors are files in authors/"));
            explainer.related().forEach(ref -> {
                if (drafts.contains(ref.id())) {
                    diagnostics.error(ref.position(), "draft explainer '" + ref.id() + "' in " + ref.field()
                            + ": drafts are not published (build with --drafts to preview)");
                } else if (ref.id().equals(explainer.slug())) {
                    diagnostics.error(ref.position(), "an explainer cannot be related to itself in " + ref.field());
                } else {
                    exists("explainer", ref, explainers);
                }
            });
            for (Claim claim : explainer.claims()) {
                exists("actor", claim.by(), actors);
            }
            for (Condition condition : explainer.conditions()) {
                exists("party", condition.party(), partiesOrActors, PARTIES);
                exists("issue", condition.issue(), issues, issues.isEmpty()
                        ? "site.yaml defines no 'issues'" : "issues are keys of 'issues' in site.yaml");
                condition.acceptedBy().forEach(ref -> exists("party", ref, partiesOrActors, PARTIES));
                condition.rejectedBy().forEach(ref -> exists("party", ref, partiesOrActors, PARTIES));
            }
            explainer.timeline().forEach(event -> checkEvent(event, actors, explainers, drafts));
        }
        content.standaloneEvents().forEach(event -> checkEvent(event, actors, explainers, drafts));
    }

    private void checkEvent(TimelineEvent event, Set<String> actors, Set<String> explainers, Set<String> drafts) {
        event.actors().forEach(ref -> exists("actor", ref, actors));
        Ref explainer = event.explainer();
        if (explainer != null && !drafts.contains(explainer.id())) {
            exists("explainer", explainer, explainers);
        }
    }

    private void exists(String kind, Ref ref, Collection<String> known) {
        exists(kind, ref, known, null);
    }

    /** @param hint where such ids come from, told with or without a suggestion; or null */
    private void exists(String kind, Ref ref, Collection<String> known, String hint) {
        if (!known.contains(ref.id())) {
            String suggestion = Suggestions.closest(ref.id(), known).map(s -> "did you mean '" + s + "'?")
                    .orElse(null);
            String aside = suggestion == null ? hint : hint == null ? suggestion : suggestion + " " + hint;
            diagnostics.error(ref.position(), "unknown " + kind + " '" + ref.id() + "' in " + ref.field()
                    + (aside == null ? "" : " (" + aside + ")"));
        }
    }

    private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(TreeSet::new));
    }
}
