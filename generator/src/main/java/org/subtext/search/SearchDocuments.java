package org.subtext.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.MergedEvent;
import org.subtext.graph.RenderedActor;
import org.subtext.graph.RenderedAuthor;
import org.subtext.graph.RenderedExplainer;
import org.subtext.graph.RenderedPage;
import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Actor;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.Headline;
import org.subtext.model.Source;
import org.subtext.model.TimelineEvent;
import org.subtext.view.Urls;

/**
 * What search indexes, page by page, in the order results tie in: explainers (newest first), actors,
 * authors, standalone pages, then the events of the site timeline that no explainer shows. Each
 * passage carries the id its element has on the built page, so a result links to the very claim,
 * event or heading that matched.
 */
public final class SearchDocuments {

    /** Claims weigh just below titles; summaries, key points and the headline check next. */
    static final int CLAIM = 6;
    static final int LEAD = 5;
    static final int HEADING = 4;
    static final int EVENT = 3;
    static final int MINOR = 2;
    static final int BODY = 1;

    private final Urls urls;
    /**
     * The edition's interface words (not this package's {@code Words}, which cuts text into terms): the
     * labels of passages and kinds of page are shown with each result.
     */
    private final org.subtext.view.Words words;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, MergedEvent> events = new HashMap<>();

    private SearchDocuments(ContentGraph graph, org.subtext.view.Words words) {
        this.urls = new Urls(graph.site());
        this.words = words;
        graph.actors().forEach(a -> names.put(a.actor().id(), a.actor().nameIn(graph.site().language())));
        graph.timeline().forEach(e -> events.put(e.id(), e));
    }

    /**
     * Every document of an edition's graph, in its words, each made when it is asked for (a site's
     * worth of passages is then never held at once); each explainer's by {@code explainer}, where a
     * cache may answer.
     */
    public static List<Supplier<SearchDocument>> of(ContentGraph graph, Cache cache, org.subtext.view.Words words) {
        SearchDocuments docs = new SearchDocuments(graph, words);
        List<Supplier<SearchDocument>> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (RenderedExplainer e : graph.explainers()) {
            out.add(() -> cache.explainer(e, () -> docs.explainer(e)));
            e.explainer().timeline().forEach(ev -> shown.add(ev.id()));
        }
        graph.actors().forEach(a -> out.add(() -> docs.actor(a)));
        graph.authors().forEach(a -> out.add(() -> docs.author(a)));
        graph.pages().forEach(p -> out.add(() -> docs.page(p)));
        graph.timeline().stream().filter(ev -> !shown.contains(ev.id())).forEach(ev -> out.add(() -> docs.event(ev)));
        return out;
    }

    /** Where an explainer's document may be taken from instead of made again. */
    public interface Cache {
        Cache NONE = (rendered, make) -> make.get();

        SearchDocument explainer(RenderedExplainer rendered, java.util.function.Supplier<SearchDocument> make);
    }

    SearchDocument explainer(RenderedExplainer rendered) {
        Explainer e = rendered.explainer();
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage("", "", e.summary(), 0, LEAD));
        Headline h = e.headline();
        if (h != null && (h.claimed() != null || h.precise() != null)) {
            String text = (h.claimed() == null ? "" : words.format("search_headline_says", h.claimed()) + " ")
                    + (h.precise() == null ? "" : words.format("search_more_precisely", h.precise()));
            passages.add(new Passage("headline-check", words.get("search_headline_check"), text.trim(), 0, LEAD));
        }
        if (!e.keyPoints().isEmpty()) {
            passages.add(new Passage("key-points", words.get("search_key_points"), String.join(" ", e.keyPoints()), 0, LEAD));
        }
        for (Claim c : e.claims()) {
            passages.add(new Passage(c.id(), words.format("search_claim_by", name(c.by().id())), c.text(), MINOR, CLAIM));
        }
        body(rendered.body(), "story", passages);
        for (TimelineEvent ev : e.timeline()) {
            MergedEvent merged = events.get(ev.id());
            if (merged != null) {
                passages.add(eventPassage(merged));
            }
        }
        for (Source s : e.sources()) {
            String text = s.title() + (s.publisher() == null ? "" : ", " + s.publisher())
                    + (s.date() == null ? "" : ", " + words.date(s.date()));
            passages.add(new Passage("source-" + s.id(), words.get("search_source"), text, 0, MINOR));
        }
        if (!e.actors().isEmpty()) {
            passages.add(new Passage("", words.get("search_about"), String.join(", ", e.actors().stream().map(a -> name(a.id())).toList()),
                    0, MINOR));
        }
        String title = e.shortTitle() == null ? e.title() : e.title() + " " + e.shortTitle();
        return new SearchDocument(urls.href(Urls.explainer(e.slug())), e.title(), words.format("search_kind_explainer", e.section()),
                passages, title);
    }

    SearchDocument actor(RenderedActor rendered) {
        Actor a = rendered.actor();
        List<Passage> passages = new ArrayList<>();
        String about = (a.role() == null ? "" : a.role()) + (a.country() == null ? "" : " (" + a.country() + ")");
        passages.add(new Passage("", "", about.trim(), 0, HEADING));
        List<String> also = new ArrayList<>(a.aliases());
        a.names().forEach(n -> also.add(n.name()));
        if (!also.isEmpty()) {
            // another name is a name: it weighs as the title does
            passages.add(new Passage("", words.get("search_also_known_as"), String.join(", ", also), 0, SearchDocument.TITLE_WEIGHT));
        }
        body(rendered.body(), null, passages);
        String name = names.get(a.id());
        return new SearchDocument(urls.href(Urls.actor(a.id())), name, words.get("search_kind_actor"), passages,
                name);
    }

    SearchDocument author(RenderedAuthor rendered) {
        List<Passage> passages = new ArrayList<>();
        String role = rendered.author().role();
        passages.add(new Passage("", "", role == null ? "" : role, 0, HEADING));
        body(rendered.body(), null, passages);
        return new SearchDocument(urls.href(Urls.author(rendered.author().id())), rendered.author().name(), words.get("search_kind_author"),
                passages, rendered.author().name());
    }

    SearchDocument page(RenderedPage rendered) {
        List<Passage> passages = new ArrayList<>();
        String summary = rendered.page().summary();
        passages.add(new Passage("", "", summary == null ? "" : summary, 0, LEAD));
        body(rendered.body(), null, passages);
        return new SearchDocument(urls.href(Urls.page(rendered.page().slug())), rendered.page().title(), words.get("search_kind_page"),
                passages, rendered.page().title());
    }

    /** An event no explainer shows: found on the site timeline. */
    SearchDocument event(MergedEvent event) {
        Passage passage = eventPassage(event);
        return new SearchDocument(urls.href("timeline/"), event.title(), words.get("search_kind_event"),
                List.of(new Passage(passage.anchor(), passage.label(), passage.text(), 0, EVENT)), event.title());
    }

    private Passage eventPassage(MergedEvent ev) {
        String when = ev.end() == null ? words.date(ev.date())
                : words.format("search_date_range", words.date(ev.date()), words.date(ev.end()));
        String text = ev.textHtml() == null ? "" : HtmlSections.text(ev.textHtml());
        return new Passage("event-" + ev.id(), words.format("search_event", when, ev.title()), text, HEADING, EVENT);
    }

    /** The body's sections: words before the first linkable heading point at {@code lead} (null: the top). */
    private static void body(RenderedMarkdown body, String lead, List<Passage> passages) {
        if (body == null) {
            return;
        }
        for (HtmlSections.Section s : HtmlSections.of(body.html())) {
            if (s.id() == null) {
                passages.add(new Passage(lead == null ? "" : lead, "", s.text(), 0, BODY));
            } else {
                passages.add(new Passage(s.id(), s.heading(), s.text(), HEADING, BODY));
            }
        }
    }

    private String name(String actorId) {
        return names.getOrDefault(actorId, actorId);
    }
}
