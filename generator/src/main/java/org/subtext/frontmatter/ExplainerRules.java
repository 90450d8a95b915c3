package org.subtext.frontmatter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.model.Claim;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.Layer;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.model.Source;
import org.subtext.model.StatusChange;
import org.subtext.model.TimelineEvent;
import org.subtext.model.Update;

/**
 * The rules that one explainer file can be checked against on its own: unique ids, and references
 * from claims and layers to this explainer's conditions, sources and claims.
 */
final class ExplainerRules {

    private final Diagnostics diagnostics;

    ExplainerRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(Explainer explainer) {
        unique("claim", explainer.claims(), Claim::id, Claim::position);
        unique("condition", explainer.conditions(), Condition::id, Condition::position);
        unique("layer", explainer.layers(), Layer::id, Layer::position);
        unique("event", explainer.timeline(), TimelineEvent::id, TimelineEvent::position);
        unique("source", explainer.sources(), Source::id, Source::position);
        // an item left out for an error of its own is referred to as if it were there: reported once
        Set<String> conditions = ids(explainer.conditions(), Condition::id, explainer.leftOutIds());
        Set<String> sources = ids(explainer.sources(), Source::id, explainer.leftOutIds());
        Set<String> claims = ids(explainer.claims(), Claim::id, explainer.leftOutIds());
        for (Claim claim : explainer.claims()) {
            claim.conditions().forEach(ref -> exists("condition", ref, conditions));
            if (claim.source() != null) {
                exists("source", claim.source(), sources);
            }
            checkHistory(claim, explainer, sources);
        }
        if (explainer.headline() != null) {
            explainer.headline().sources().forEach(ref -> exists("source", ref, sources));
        }
        for (Layer layer : explainer.layers()) {
            layer.appliesTo().forEach(ref -> exists("claim", ref, claims));
        }
        List<Update> updates = explainer.updates();
        for (int i = 1; i < updates.size(); i++) {
            if (updates.get(i).date().compareTo(updates.get(i - 1).date()) > 0) {
                diagnostics.error(updates.get(i).position(), "updates are listed newest first: "
                        + updates.get(i).date().text() + " comes after " + updates.get(i - 1).date().text());
            }
        }
    }

    /**
     * History runs oldest first and ends by the date the status is as of: {@code checked}, else the
     * explainer's {@code updated}, else its {@code published}.
     */
    private void checkHistory(Claim claim, Explainer explainer, Set<String> sources) {
        List<StatusChange> history = claim.history();
        PartialDate asOf = claim.checked() != null ? claim.checked()
                : explainer.updated() != null ? explainer.updated() : explainer.published();
        String asOfKey = claim.checked() != null ? "checked" : explainer.updated() != null ? "updated" : "published";
        for (int i = 0; i < history.size(); i++) {
            StatusChange change = history.get(i);
            if (change.source() != null) {
                exists("source", change.source(), sources);
            }
            if (i > 0 && change.date().compareTo(history.get(i - 1).date()) < 0) {
                diagnostics.error(change.position(), "history is listed oldest first: " + change.date().text()
                        + " comes before " + history.get(i - 1).date().text());
            }
            // a missing published date (reported already) stands in as year 1: nothing to compare with
            if (asOf != ExplainerReader.UNKNOWN_DATE && asOf.endsBefore(change.date())) {
                diagnostics.error(change.position(), "history entry " + change.date().text() + " is after "
                        + asOfKey + " " + asOf.text() + ": the history holds earlier statuses only");
            }
        }
    }

    private <T> void unique(String kind, List<T> items, Function<T, String> id, Function<T, SourcePosition> at) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (T item : items) {
            SourcePosition earlier = seen.putIfAbsent(id.apply(item), at.apply(item));
            if (earlier != null) {
                diagnostics.error(at.apply(item), "duplicate " + kind + " id '" + id.apply(item)
                        + "' (first at line " + earlier.line() + ")");
            }
        }
    }

    private void exists(String kind, Ref ref, Set<String> known) {
        if (!known.contains(ref.id())) {
            diagnostics.error(ref.position(), "unknown " + kind + " '" + ref.id() + "' in " + ref.field()
                    + Suggestions.didYouMean(ref.id(), known)
                    + (known.isEmpty() ? " (this explainer defines no " + kind + "s)" : ""));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id, Set<String> leftOut) {
        Set<String> ids = items.stream().map(id).collect(Collectors.toSet());
        ids.addAll(leftOut);
        return ids;
    }
}
