package org.subtext.view;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.subtext.graph.RenderedAuthor;
import org.subtext.model.Author;

/** Builds an author's page (who they are and what they wrote, newest first) and the index of authors. */
final class AuthorViewBuilder {

    private final ViewContext ctx;

    AuthorViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    Views.AuthorPage build(RenderedAuthor rendered) {
        Author a = rendered.author();
        String path = Urls.author(a.id());
        String description = a.role() != null ? a.name() + ": " + a.role() : a.name();
        // graph.explainers() is newest first, so the cards are too
        List<String> slugs = ctx.graph.explainers().stream()
                .filter(e -> e.explainer().authors().stream().anyMatch(r -> r.id().equals(a.id())))
                .map(e -> e.slug()).toList();
        return new Views.AuthorPage(ctx.site, ctx.meta(a.name(), description, path, "profile", jsonLd(a, path)),
                a.id(), a.name(), a.role(), rendered.body().markup(), a.links(), ctx.cards(slugs));
    }

    /** Every author by name, with their role and how many explainers carry their byline. */
    Views.AuthorsPage index() {
        Map<String, Integer> counts = new HashMap<>();
        ctx.graph.explainers().forEach(e -> e.explainer().authors()
                .forEach(r -> counts.merge(r.id(), 1, Integer::sum)));
        List<Views.AuthorEntry> entries = ctx.graph.authors().stream()
                .map(RenderedAuthor::author)
                .sorted(Comparator.comparing(Author::name).thenComparing(Author::id))
                .map(a -> new Views.AuthorEntry(ctx.authorLink(a.id()), a.role(), counts.getOrDefault(a.id(), 0)))
                .toList();
        return new Views.AuthorsPage(ctx.site, ctx.meta(ctx.words.get("nav_authors"), ctx.words.get("description_authors"),
                Urls.AUTHORS, "website", null), entries);
    }

    private String jsonLd(Author a, String path) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", a.name());
        person.put("url", ctx.urls.absolute(path));
        person.put("jobTitle", a.role());
        person.put("sameAs", a.links().isEmpty() ? null : a.links());
        return JsonLd.write(person);
    }
}
