package org.subtext.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.MergedEvent;

/**
 * Where actors and topics meet on an edition's timeline: each event's topics (the tags that have a
 * timeline of their own), and the events of every actor and topic that share one. Made in one pass
 * over the topics' timelines, so it grows with the pairs that occur, never with actors times topics.
 */
final class TimelineFilters {

    /**
     * The fewest events a pair needs for a page of its own. A pair of one event is linked to that event
     * on the actor's or the topic's page instead: a page of one event adds nothing a reader cannot see
     * there, and at one event pairs are the commonest, so those pages would outnumber all the others.
     */
    static final int MIN_PAIR_EVENTS = 2;

    /** event id → its topics, in tag order */
    private final Map<String, List<String>> topics = new HashMap<>();
    /** actor → topic → their shared events, in timeline order */
    private final Map<String, Map<String, List<MergedEvent>>> byActor = new TreeMap<>();
    /** topic → actor → the same lists */
    private final Map<String, Map<String, List<MergedEvent>>> byTopic = new TreeMap<>();

    TimelineFilters(ContentGraph graph) {
        Set<String> onTimeline = new HashSet<>();
        graph.actorEvents().forEach((actor, events) -> {
            if (!events.isEmpty()) {
                onTimeline.add(actor);
            }
        });
        // gathered in hash maps, then sorted once: a tree map per lookup compared strings all the way down
        Map<String, Map<String, List<MergedEvent>>> gathered = new HashMap<>();
        // the tags iterate in order and each tag's events in timeline order, so every list is in order too
        graph.tagTimelines().forEach((tag, events) -> {
            for (MergedEvent event : events) {
                topics.computeIfAbsent(event.id(), k -> new ArrayList<>(2)).add(tag);
                for (String actor : event.actors()) {
                    if (onTimeline.contains(actor)) {
                        gathered.computeIfAbsent(actor, k -> new HashMap<>())
                                .computeIfAbsent(tag, k -> new ArrayList<>()).add(event);
                    }
                }
            }
        });
        gathered.forEach((actor, tags) -> byActor.put(actor, new TreeMap<>(tags)));
        byActor.forEach((actor, tags) -> tags.forEach((tag, events) ->
                byTopic.computeIfAbsent(tag, k -> new TreeMap<>()).put(actor, events)));
    }

    /** Whether a pair with these shared events has a page of its own. */
    static boolean hasPage(List<MergedEvent> shared) {
        return shared.size() >= MIN_PAIR_EVENTS;
    }

    /** The event's topics, in tag order. */
    List<String> topics(MergedEvent event) {
        return topics.getOrDefault(event.id(), List.of());
    }

    /** The topics this actor shares an event with, each with their shared events. */
    Map<String, List<MergedEvent>> topicsOf(String actor) {
        return byActor.getOrDefault(actor, Map.of());
    }

    /** The actors this topic shares an event with, each with their shared events. */
    Map<String, List<MergedEvent>> actorsOf(String topic) {
        return byTopic.getOrDefault(topic, Map.of());
    }

    /** Every pair that has a page, actor then topic, in order. */
    void forEachPair(BiConsumer<String, String> action) {
        byActor.forEach((actor, tags) -> tags.forEach((tag, events) -> {
            if (hasPage(events)) {
                action.accept(actor, tag);
            }
        }));
    }
}
