package org.subtext.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;

/**
 * Splits the whole site into one edition per language of site.yaml's {@code languages}: each with its
 * own explainers, pages, listings and tags, and all the actors, authors and events, shared by every
 * edition. An event shows in each edition in that language where it was written in it, and links to
 * the edition of each explainer in that language where there is one. A site of one language is one
 * edition, the graph as it is.
 */
public final class Editions {

    private Editions() {
    }

    /** Where an edition is published: "" for the default language (or none given), else "uk/". */
    public static String prefix(SiteConfig site, String code) {
        return code == null || code.equals(site.language()) ? "" : code + "/";
    }

    static String prefix(SiteConfig site, Ref language) {
        return prefix(site, language == null ? null : language.id());
    }

    /** Every edition, the default language's first. */
    public static List<Edition> of(ContentGraph whole) {
        SiteConfig site = whole.site();
        Translations translations = new Translations(site, whole.explainers(), whole.pages());
        if (site.languages().size() < 2) {
            return List.of(new Edition(site.language(), "", whole, translations, site));
        }
        List<Edition> editions = new ArrayList<>();
        for (String code : site.languageCodes()) {
            editions.add(new Edition(code, prefix(site, code), edition(whole, code, translations), translations,
                    site));
        }
        return List.copyOf(editions);
    }

    private static ContentGraph edition(ContentGraph whole, String code, Translations translations) {
        Set<String> slugs = whole.explainers().stream().map(RenderedExplainer::slug)
                .filter(s -> translations.language(s).equals(code)).collect(Collectors.toSet());
        List<MergedEvent> timeline = localTimeline(whole.timeline(), code, whole.site().language(), translations);
        Map<String, List<MergedEvent>> actorEvents = new TreeMap<>();
        whole.actorEvents().keySet().forEach(actor -> actorEvents.put(actor,
                timeline.stream().filter(e -> e.actors().contains(actor)).toList()));
        Map<String, List<String>> tags = slugsOf(whole.tags(), slugs::contains);
        return new ContentGraph(whole.site().edition(code),
                whole.explainers().stream().filter(e -> slugs.contains(e.slug())).toList(),
                whole.actors(),
                filter(whole.backlinks(), b -> slugs.contains(b.fromSlug())),
                filter(whole.actorClaims(), c -> slugs.contains(c.explainerSlug())),
                filter(whole.actorConditions(), c -> slugs.contains(c.explainerSlug())),
                filter(whole.actorExplainers(), slugs::contains),
                actorEvents, timeline, tags, slugsOf(whole.sections(), slugs::contains),
                TimelineBuilder.byTag(tags, timeline), whole.assets(), whole.authors(),
                whole.pages().stream().filter(p -> whole.site().languageOr(
                        p.page().language() == null ? null : p.page().language().id()).equals(code)).toList());
    }

    /**
     * The site's timeline as an edition shows it: one copy of each event, in the edition's language
     * where it was written in it (else the default language's, else the first), linking to the
     * edition's explainers where they exist.
     */
    private static List<MergedEvent> localTimeline(List<MergedEvent> timeline, String code, String defaultLanguage,
                                                   Translations translations) {
        Map<String, List<MergedEvent>> copies = new LinkedHashMap<>();
        timeline.forEach(e -> copies.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
        List<MergedEvent> local = new ArrayList<>();
        for (List<MergedEvent> versions : copies.values()) {
            MergedEvent chosen = versions.stream().filter(e -> e.language().equals(code)).findFirst()
                    .orElse(versions.stream().filter(e -> e.language().equals(defaultLanguage)).findFirst()
                            .orElse(versions.get(0)));
            Set<String> actors = new TreeSet<>();
            Set<String> explainers = new TreeSet<>();
            for (MergedEvent version : versions) {
                actors.addAll(version.actors());
                for (String slug : version.explainers()) {
                    String here = translations.in(slug, code);
                    explainers.add(here != null ? here : slug);
                }
            }
            local.add(new MergedEvent(chosen.id(), chosen.date(), chosen.end(), chosen.title(), chosen.textHtml(),
                    List.copyOf(actors), List.copyOf(explainers), chosen.language()));
        }
        local.sort(TimelineBuilder.ORDER);
        return List.copyOf(local);
    }

    private static <T> Map<String, List<T>> filter(Map<String, List<T>> map, Predicate<T> keep) {
        Map<String, List<T>> kept = new TreeMap<>();
        map.forEach((key, list) -> kept.put(key, list.stream().filter(keep).toList()));
        return kept;
    }

    /** Groups of explainers (tags, sections) with only this edition's, empty groups left out. */
    private static Map<String, List<String>> slugsOf(Map<String, List<String>> groups, Predicate<String> keep) {
        Map<String, List<String>> kept = new TreeMap<>();
        groups.forEach((key, slugs) -> {
            List<String> here = slugs.stream().filter(keep).toList();
            if (!here.isEmpty()) {
                kept.put(key, here);
            }
        });
        return kept;
    }
}
