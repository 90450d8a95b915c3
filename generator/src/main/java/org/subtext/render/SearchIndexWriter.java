package org.subtext.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.RenderedActor;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.json.Json;
import org.subtext.view.Urls;

/**
 * The search index the search page loads ({@code search-index.json}): compact JSON with, for each
 * explainer, its URL, title, summary, section, headings, claims (text and speaker) and actors' names,
 * then one entry per actor page. URLs are path-absolute, so the index works under a sub-path.
 *
 * <p>A writer kept across the builds of a live preview writes again only the entries of explainers
 * whose rendered record is not the very object it wrote last time (unchanged files keep theirs).
 */
public final class SearchIndexWriter {

    private record Entry(RenderedExplainer from, byte[] json) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private Object lastSite;
    private Map<String, String> lastNames;

    /** The index as UTF-8: joined from each explainer's entry, kept encoded, so a save copies bytes. */
    public synchronized byte[] write(ContentGraph graph) {
        Urls urls = new Urls(graph.site());
        Map<String, String> names = new LinkedHashMap<>();
        graph.actors().forEach(a -> names.put(a.actor().id(), a.actor().nameIn(graph.site().language())));
        if (!graph.site().equals(lastSite) || !names.equals(lastNames)) {
            entries.clear();
            lastSite = graph.site();
            lastNames = names;
        }
        List<byte[]> parts = new ArrayList<>(graph.explainers().size());
        int size = 0;
        for (RenderedExplainer rendered : graph.explainers()) {
            Entry kept = entries.get(rendered.slug());
            if (kept == null || kept.from() != rendered) {
                kept = new Entry(rendered, entry(rendered, urls, names).getBytes(StandardCharsets.UTF_8));
                entries.put(rendered.slug(), kept);
            }
            parts.add(kept.json());
            size += kept.json().length + 1;
        }
        byte[] head = "{\"explainers\":[".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + size + 64 * 1024);
        out.writeBytes(head);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(parts.get(i));
        }
        if (entries.size() > graph.explainers().size()) {
            Set<String> slugs = new HashSet<>();
            graph.explainers().forEach(e -> slugs.add(e.slug()));
            entries.keySet().retainAll(slugs);
        }
        StringBuilder actors = new StringBuilder("],\"actors\":[");
        boolean first = true;
        for (RenderedActor rendered : graph.actors()) {
            Actor a = rendered.actor();
            if (!first) {
                actors.append(',');
            }
            first = false;
            actors.append("{\"url\":").append(Json.quote(urls.href(Urls.actor(a.id()))));
            actors.append(",\"title\":").append(Json.quote(names.get(a.id())));
            actors.append(",\"summary\":").append(Json.quote(a.role() == null ? "" : a.role()));
            actors.append(",\"aliases\":").append(strings(a.aliases()));
            actors.append('}');
        }
        actors.append("]}\n");
        out.writeBytes(actors.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String entry(RenderedExplainer rendered, Urls urls, Map<String, String> names) {
        Explainer e = rendered.explainer();
        StringBuilder out = new StringBuilder(512);
        out.append("{\"url\":").append(Json.quote(urls.href(Urls.explainer(e.slug()))));
        out.append(",\"title\":").append(Json.quote(e.title()));
        out.append(",\"summary\":").append(Json.quote(e.summary()));
        out.append(",\"section\":").append(Json.quote(e.section()));
        out.append(",\"headings\":").append(strings(rendered.body().headings().stream()
                .filter(h -> h.level() <= 3).map(h -> h.text()).toList()));
        out.append(",\"claims\":[");
        List<Claim> claims = e.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"text\":").append(Json.quote(c.text()))
                    .append(",\"by\":").append(Json.quote(names.getOrDefault(c.by().id(), c.by().id())))
                    .append('}');
        }
        out.append("],\"actors\":").append(strings(e.actors().stream()
                .map(a -> names.getOrDefault(a.id(), a.id())).toList()));
        return out.append('}').toString();
    }

    static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Json.quote(values.get(i)));
        }
        return out.append(']').toString();
    }
}
