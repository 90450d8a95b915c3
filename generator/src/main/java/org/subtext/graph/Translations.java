package org.subtext.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.subtext.model.Explainer;
import org.subtext.model.SiteConfig;

/**
 * Which explainers are editions of one another: every published explainer's language, and for each
 * original its editions by language (in the order of site.yaml's {@code languages}). Checked by
 * {@link TranslationChecker} before this is made; a translation of a missing original is its own.
 */
public final class Translations {

    private final SiteConfig site;
    private final Map<String, Explainer> explainers = new HashMap<>();
    private final Map<String, String> originalOf = new HashMap<>();
    private final Map<String, Map<String, String>> editions = new HashMap<>();
    private final Map<String, String> pageLanguages = new HashMap<>();

    Translations(SiteConfig site, List<RenderedExplainer> published, List<RenderedPage> pages) {
        this.site = site;
        pages.forEach(p -> pageLanguages.put(p.page().slug(),
                site.languageOr(p.page().language() == null ? null : p.page().language().id())));
        published.forEach(e -> explainers.put(e.slug(), e.explainer()));
        for (RenderedExplainer rendered : published) {
            Explainer e = rendered.explainer();
            String original = e.translationOf() != null && explainers.containsKey(e.translationOf().original().id())
                    ? e.translationOf().original().id() : e.slug();
            originalOf.put(e.slug(), original);
            editions.computeIfAbsent(original, k -> new HashMap<>()).putIfAbsent(language(e.slug()), e.slug());
        }
    }

    /** The language code of a published explainer. */
    public String language(String slug) {
        Explainer e = explainers.get(slug);
        return site.languageOr(e == null || e.language() == null ? null : e.language().id());
    }

    /** Where the explainer's edition is published: "" for the default language, else "uk/". */
    public String prefix(String slug) {
        return Editions.prefix(site, language(slug));
    }

    /** Where a standalone page of {@code pages/} is published: "" for the default language, else "uk/". */
    public String pagePrefix(String slug) {
        return Editions.prefix(site, pageLanguages.get(slug));
    }

    /** The slug of the original an explainer translates, or its own slug. */
    public String original(String slug) {
        return originalOf.getOrDefault(slug, slug);
    }

    /** The explainer itself (any language), or null for one that is not published. */
    public Explainer explainer(String slug) {
        return explainers.get(slug);
    }

    /** The edition of {@code slug} in the language {@code code}: its translation, original or itself; or null. */
    public String in(String slug, String code) {
        return editions.getOrDefault(original(slug), Map.of()).get(code);
    }

    /** Every edition of {@code slug} (itself included) by language, in the order of the site's languages. */
    public Map<String, String> editions(String slug) {
        Map<String, String> byCode = editions.getOrDefault(original(slug), Map.of());
        Map<String, String> ordered = new LinkedHashMap<>();
        site.languageCodes().stream().filter(byCode::containsKey).forEach(c -> ordered.put(c, byCode.get(c)));
        return ordered;
    }
}
