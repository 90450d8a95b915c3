package org.subtext.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.subtext.model.Actor;

/**
 * What the explainers' links add up to: which explainers name each actor, and which link to each
 * page. Worked out in full, or, after a save that changed only some explainers' links, from the
 * previous result by taking out their old share and putting in the new, so a prose edit costs what
 * its own links cost; the two ways give equal maps.
 *
 * @param links each published explainer's links, newest first
 * @param naming actor id to the explainers that name it, newest first
 * @param backlinks target id to the explainers linking there, by slug
 */
record CrossReferences(List<ExplainerLinks> links, Map<String, List<String>> naming,
                       Map<String, List<Backlink>> backlinks) {

    private static final Comparator<Backlink> BY_SLUG = Comparator.comparing(Backlink::fromSlug);

    static CrossReferences of(List<Actor> actors, List<ExplainerLinks> newestFirst) {
        Map<String, Set<String>> naming = new TreeMap<>();
        for (Actor actor : actors) {
            naming.put(actor.id(), new LinkedHashSet<>());
        }
        for (ExplainerLinks links : newestFirst) {
            for (String id : links.named()) {
                Set<String> slugs = naming.get(id);
                if (slugs != null) {
                    slugs.add(links.from().slug());
                }
            }
        }
        Map<String, List<String>> named = new TreeMap<>();
        naming.forEach((actor, slugs) -> named.put(actor, List.copyOf(slugs)));

        Map<String, List<Backlink>> backlinks = new TreeMap<>();
        for (ExplainerLinks from : newestFirst.stream().sorted(Comparator.comparing(l -> l.from().slug())).toList()) {
            from.backlinks().forEach((target, backlink) ->
                    backlinks.computeIfAbsent(target, k -> new ArrayList<>()).add(backlink));
        }
        backlinks.replaceAll((target, list) -> List.copyOf(list));
        return new CrossReferences(newestFirst, named, backlinks);
    }

    /**
     * The cross-references after {@code newestFirst} replaced this result's links, for the same
     * actors and the same explainers in the same order (front matter unchanged); null otherwise.
     */
    CrossReferences update(List<ExplainerLinks> newestFirst) {
        if (newestFirst.size() != links.size()) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) != newestFirst.get(i)) {
                if (!links.get(i).from().slug().equals(newestFirst.get(i).from().slug())) {
                    return null;
                }
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return this;
        }
        Map<String, List<String>> named = new TreeMap<>(naming);
        Map<String, List<Backlink>> linked = new TreeMap<>(backlinks);
        Map<String, Integer> position = null;
        for (int i : changed) {
            ExplainerLinks was = links.get(i);
            ExplainerLinks is = newestFirst.get(i);
            String slug = is.from().slug();
            Set<String> before = new HashSet<>(was.named());
            Set<String> after = new HashSet<>(is.named());
            for (String id : was.named()) {
                if (!after.contains(id) && named.containsKey(id)) {
                    List<String> slugs = new ArrayList<>(named.get(id));
                    slugs.remove(slug);
                    named.put(id, List.copyOf(slugs));
                }
            }
            for (String id : is.named()) {
                if (!before.contains(id) && named.containsKey(id)) {
                    if (position == null) {
                        position = new HashMap<>();
                        for (int k = 0; k < newestFirst.size(); k++) {
                            position.put(newestFirst.get(k).from().slug(), k);
                        }
                    }
                    Map<String, Integer> order = position;
                    List<String> slugs = new ArrayList<>(named.get(id));
                    int at = 0;
                    while (at < slugs.size() && order.get(slugs.get(at)) < i) {
                        at++;
                    }
                    slugs.add(at, slug);
                    named.put(id, List.copyOf(slugs));
                }
            }
            Set<String> targets = new HashSet<>(was.backlinks().keySet());
            targets.addAll(is.backlinks().keySet());
            for (String target : targets) {
                Backlink now = is.backlinks().get(target);
                if (Objects.equals(was.backlinks().get(target), now)) {
                    continue;
                }
                List<Backlink> list = new ArrayList<>(linked.getOrDefault(target, List.of()));
                list.removeIf(backlink -> backlink.fromSlug().equals(slug));
                if (now != null) {
                    int at = Collections.binarySearch(list, now, BY_SLUG);
                    list.add(at < 0 ? -at - 1 : at, now);
                }
                if (list.isEmpty()) {
                    linked.remove(target);
                } else {
                    linked.put(target, List.copyOf(list));
                }
            }
        }
        return new CrossReferences(newestFirst, named, linked);
    }
}
