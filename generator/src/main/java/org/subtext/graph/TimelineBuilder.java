package org.subtext.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.model.PartialDate;
import org.subtext.model.TimelineEvent;

/**
 * Merges events by id across explainers and {@code events/} files into one timeline sorted by
 * date (partial dates before full ones of the same period), then title and id.
 */
final class TimelineBuilder {

    /** An event as written, with the explainer it appears in (null for {@code events/} files). */
    record Occurrence(TimelineEvent event, String inExplainer, String textHtml) {
    }

    static final Comparator<MergedEvent> ORDER = Comparator
            .comparing(MergedEvent::date)
            .thenComparing(MergedEvent::title)
            .thenComparing(MergedEvent::id);

    private final Diagnostics diagnostics;
    private final java.util.function.Function<String, String> languageOf;
    private final String defaultLanguage;

    /**
     * @param languageOf an explainer's language by slug; events of {@code events/} files are in
     *                   {@code defaultLanguage}
     */
    TimelineBuilder(Diagnostics diagnostics, java.util.function.Function<String, String> languageOf,
                    String defaultLanguage) {
        this.diagnostics = diagnostics;
        this.languageOf = languageOf;
        this.defaultLanguage = defaultLanguage;
    }

    private String language(Occurrence occurrence) {
        return occurrence.inExplainer() == null ? defaultLanguage : languageOf.apply(occurrence.inExplainer());
    }

    /** @param occurrences in a stable order: events/ files first, then explainers by slug */
    List<MergedEvent> build(List<Occurrence> occurrences, Set<String> publishedExplainers) {
        Map<String, Merge> byId = new LinkedHashMap<>();
        Map<String, TimelineEvent> firstAnywhere = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            TimelineEvent event = occurrence.event();
            String language = language(occurrence);
            // a translated copy merges with the copies of its own language only: its title is translated
            String key = language.equals(defaultLanguage) ? event.id() : language + " " + event.id();
            Merge merge = byId.get(key);
            TimelineEvent other = firstAnywhere.putIfAbsent(event.id(), event);
            if (merge == null) {
                byId.put(key, new Merge(occurrence, language));
                if (other != null && !other.date().equals(event.date())) {
                    // another language's copy: its words may differ, its date may not
                    diagnostics.error(event.position(), "event '" + event.id() + "' has date " + event.date().text()
                            + " here but " + other.date().text() + " in " + other.position().file() + ":"
                            + other.position().line() + ": events merged by id must agree");
                }
            } else {
                merge.add(occurrence);
            }
            Merge target = byId.get(key);
            String explainer = event.explainer() != null ? event.explainer().id() : occurrence.inExplainer();
            if (explainer != null && publishedExplainers.contains(explainer)) {
                target.explainers.add(explainer);
            }
            event.actors().forEach(ref -> target.actors.add(ref.id()));
        }
        List<MergedEvent> timeline = new ArrayList<>();
        for (Merge merge : byId.values()) {
            TimelineEvent first = merge.first.event();
            timeline.add(new MergedEvent(first.id(), first.date(), merge.end, first.title(), merge.textHtml,
                    List.copyOf(merge.actors), List.copyOf(merge.explainers), merge.language));
        }
        timeline.sort(ORDER);
        return timeline;
    }

    private final class Merge {
        final Occurrence first;
        final String language;
        final Set<String> actors = new TreeSet<>();
        final Set<String> explainers = new TreeSet<>();
        PartialDate end;
        String textHtml;

        Merge(Occurrence first, String language) {
            this.first = first;
            this.language = language;
            this.end = first.event().end();
            this.textHtml = first.textHtml();
        }

        void add(Occurrence other) {
            TimelineEvent a = first.event();
            TimelineEvent b = other.event();
            if (first.inExplainer() == null && other.inExplainer() == null
                    && a.position().file().equals(b.position().file())) {
                diagnostics.error(b.position(), "duplicate event id '" + b.id() + "' (first at line "
                        + a.position().line() + ")");
                return;
            }
            if (!a.date().equals(b.date())) {
                diagnostics.error(b.position(), "event '" + b.id() + "' has date " + b.date().text() + " here but "
                        + a.date().text() + " in " + where(a.position()) + ": events merged by id must agree");
            }
            if (!a.title().equals(b.title())) {
                diagnostics.error(b.position(), "event '" + b.id() + "' has title \"" + b.title() + "\" here but \""
                        + a.title() + "\" in " + where(a.position()) + ": events merged by id must agree");
            }
            if (end == null) {
                end = b.end();
            }
            if (textHtml == null) {
                textHtml = other.textHtml();
            }
        }

        private String where(SourcePosition position) {
            return position.file() + ":" + position.line();
        }
    }

    /**
     * Each tag of two or more explainers that have events, with those events in timeline order. One
     * pass over the timeline, from each event to its explainers' tags: linear in the site, where
     * filtering the whole timeline once per tag grew with tags times events.
     */
    static Map<String, List<MergedEvent>> byTag(Map<String, List<String>> tags, List<MergedEvent> timeline) {
        Map<String, Set<String>> explainerTags = new HashMap<>();
        tags.forEach((tag, slugs) -> {
            if (slugs.size() >= 2) {
                slugs.forEach(slug -> explainerTags.computeIfAbsent(slug, k -> new TreeSet<>()).add(tag));
            }
        });
        Map<String, List<MergedEvent>> byTag = new TreeMap<>();
        Set<String> eventTags = new HashSet<>();
        for (MergedEvent event : timeline) {
            eventTags.clear();
            for (String slug : event.explainers()) {
                eventTags.addAll(explainerTags.getOrDefault(slug, Set.of()));
            }
            for (String tag : eventTags) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(event);
            }
        }
        return byTag;
    }
}
