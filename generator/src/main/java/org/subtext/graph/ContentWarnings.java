package org.subtext.graph;

import java.util.List;
import java.util.Map;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.Update;

/**
 * Things that do not break a site but that an editor would ask about. They never fail a build
 * unless it runs with {@code --strict}.
 */
final class ContentWarnings {

    private final Diagnostics diagnostics;

    ContentWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** What front matter alone shows. */
    void checkExplainers(List<Explainer> published) {
        for (Explainer explainer : published) {
            if (!explainer.draft() && explainer.authors().isEmpty()) {
                diagnostics.warning(new SourcePosition(explainer.file(), 1, 1), "published explainer has no authors:"
                        + " add 'authors' (ids of files in authors/) for its byline");
            }
            for (Claim claim : explainer.claims()) {
                if (claim.source() == null) {
                    diagnostics.warning(claim.position(), "claim '" + claim.id() + "' has no source");
                }
            }
            if (explainer.timeline().isEmpty()) {
                diagnostics.warning(new SourcePosition(explainer.file(), 1, 1), "explainer has no timeline events");
            }
            if (explainer.updated() != null && !explainer.updates().isEmpty()) {
                Update newest = explainer.updates().stream().max((a, b) -> a.date().compareTo(b.date())).orElseThrow();
                if (newest.date().compareTo(explainer.updated()) > 0 && !newest.date().isWithin(explainer.updated())) {
                    diagnostics.warning(newest.position(), "updated " + explainer.updated().text()
                            + " is older than this update note (" + newest.date().text() + ")");
                }
            }
        }
    }

    /** Actors no explainer names, in front matter or by a link. */
    void checkActors(List<Actor> actors, Map<String, List<String>> actorExplainers) {
        for (Actor actor : actors) {
            if (actorExplainers.getOrDefault(actor.id(), List.of()).isEmpty()) {
                diagnostics.warning(new SourcePosition(actor.file(), 1, 1), "no explainer names this actor");
            }
        }
    }
}
