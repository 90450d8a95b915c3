package org.subtext.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.subtext.graph.Edition;
import org.subtext.graph.Translations;

/**
 * Which pages are editions of one another, for {@code hreflang} and the language switch: an
 * explainer (and each of its claims' pages) and its translations; and every other page at the same
 * path in two editions (the home page, the timeline, an actor). Cards to embed and the 404 page have
 * none.
 */
public final class Alternates {

    /** A site of one language: no page has another edition. */
    public static final Alternates NONE = new Alternates(Map.of(), Map.of(), null);

    /** page key → language → file path in that edition, and the same the other way round */
    private final Map<String, Map<String, String>> groups;
    private final Map<String, String> keys;
    private final Edition anyEdition;

    private Alternates(Map<String, Map<String, String>> groups, Map<String, String> keys, Edition anyEdition) {
        this.groups = groups;
        this.keys = keys;
        this.anyEdition = anyEdition;
    }

    /** @param paths each edition's pages (file paths inside the edition), by language */
    public static Alternates of(List<Edition> editions, Map<String, List<String>> paths) {
        if (editions.size() < 2) {
            return NONE;
        }
        Translations translations = editions.get(0).translations();
        Map<String, Map<String, String>> groups = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Edition edition : editions) {
            for (String path : paths.getOrDefault(edition.language(), List.of())) {
                String key = key(path, translations);
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new HashMap<>()).put(edition.language(), path);
                    keys.put(edition.language() + " " + path, key);
                }
            }
        }
        return new Alternates(groups, keys, editions.get(0));
    }

    /** What the editions of one page share: the path, with an explainer's slug made its original's. */
    private static String key(String path, Translations translations) {
        if (path.equals("404.html") || path.startsWith("embed/")) {
            return null;
        }
        if (path.startsWith("explainers/")) {
            int end = path.indexOf('/', "explainers/".length());
            String slug = path.substring("explainers/".length(), end);
            return "explainers/" + translations.original(slug) + path.substring(end);
        }
        return path;
    }

    /** The editions of the page at {@code path} of the edition {@code code}; empty when it has no other. */
    List<Views.Alternate> of(String code, String path) {
        String key = keys.get(code + " " + path);
        Map<String, String> group = key == null ? null : groups.get(key);
        if (group == null || group.size() < 2) {
            return List.of();
        }
        Map<String, String> labels = anyEdition.root().languages();
        Urls root = new Urls(anyEdition.root());
        List<Views.Alternate> alternates = new ArrayList<>();
        for (String language : labels.keySet()) {
            String file = group.get(language);
            if (file != null) {
                String sitePath = org.subtext.graph.Editions.prefix(anyEdition.root(), language) + page(file);
                alternates.add(new Views.Alternate(language, labels.get(language), root.href(sitePath),
                        root.absolute(sitePath), language.equals(code)));
            }
        }
        return List.copyOf(alternates);
    }

    /** For readers of other languages: the default language's edition, else the first. */
    static String xDefault(List<Views.Alternate> alternates) {
        return alternates.isEmpty() ? null : alternates.get(0).absolute();
    }

    /** The pretty URL of a file path: "explainers/x/index.html" → "explainers/x/". */
    private static String page(String file) {
        return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** Every page's editions by site path (pretty URL, with its edition's prefix), for the sitemap. */
    public Map<String, List<Views.Alternate>> bySitePath() {
        Map<String, List<Views.Alternate>> all = new LinkedHashMap<>();
        keys.forEach((codeAndPath, key) -> {
            int space = codeAndPath.indexOf(' ');
            String code = codeAndPath.substring(0, space);
            String file = codeAndPath.substring(space + 1);
            List<Views.Alternate> editions = of(code, file);
            if (!editions.isEmpty()) {
                all.put(org.subtext.graph.Editions.prefix(anyEdition.root(), code) + page(file), editions);
            }
        });
        return all;
    }
}
