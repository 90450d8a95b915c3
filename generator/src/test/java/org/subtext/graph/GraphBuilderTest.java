package org.subtext.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.markdown.MarkdownRenderer;
import org.subtext.model.Actor;
import org.subtext.model.Author;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.Page;
import org.subtext.model.SiteConfig;
import org.subtext.model.TimelineEvent;
import org.subtext.source.ContentLoader;
import org.subtext.source.ContentSources;
import org.subtext.source.SourceFile;
import org.subtext.source.UnreadFile;

/** Builds small sites written file by file, through the real loader and parser, then the graph. */
class GraphBuilderTest {

    private static final String SITE = "title: S\ndescription: D\nbase_url: https://example.org/\n"
            + "parties:\n  russia: Russia\nissues:\n  territory: Territory\n  security: Security\n";

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, String> files = new LinkedHashMap<>();

    private GraphBuilderTest file(String path, String text) {
        files.put(path, text);
        return this;
    }

    private GraphBuilderTest actor(String id, String name) {
        return file("actors/" + id + ".md", "---\nname: " + name + "\nkind: person\n---\nProfile of " + name + ".\n");
    }

    /** An explainer with the required keys, {@code extra} front matter and {@code body}. */
    private GraphBuilderTest explainer(String slug, String published, String extra, String body) {
        return file("explainers/" + slug + ".md", "---\ntitle: Title of " + slug + "\nsummary: S\nsection: World\n"
                + "published: " + published + "\n" + extra + "---\n" + body);
    }

    private Content content() throws IOException {
        Path root = temp.resolve("content");
        Files.createDirectories(root);
        Files.writeString(root.resolve("site.yaml"), SITE);
        for (Map.Entry<String, String> entry : files.entrySet()) {
            Path path = root.resolve(entry.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, entry.getValue());
        }
        ContentLoader loader = new ContentLoader(diagnostics);
        ContentSources sources = loader.load(root);
        FrontMatterParser parser = new FrontMatterParser();
        SiteConfig site = parser.parseSite(sources.siteConfig(), diagnostics);
        List<Explainer> explainers = new ArrayList<>();
        for (UnreadFile found : sources.explainers()) {
            explainers.add(parser.parseExplainer(loader.read(found), diagnostics));
        }
        List<Actor> actors = new ArrayList<>();
        for (SourceFile source : sources.actors()) {
            actors.add(parser.parseActor(source, diagnostics));
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (SourceFile source : sources.events()) {
            events.addAll(parser.parseEvents(source, diagnostics));
        }
        List<Author> authors = sources.authors().stream().map(source -> parser.parseAuthor(source, diagnostics)).toList();
        List<Page> pages = sources.pages().stream().map(source -> parser.parsePage(source, diagnostics)).toList();
        assertEquals(List.of(), errors(), "the test site itself must be valid");
        return new Content(site, explainers, actors, authors, pages, events, sources.assets(), Set.of());
    }

    private ContentGraph build(boolean includeDrafts) throws IOException {
        Content content = content();
        return new GraphBuilder(new MarkdownRenderer("/"), diagnostics).build(content, includeDrafts);
    }

    /** Errors only: warnings (a claim without a source, ...) are not what these tests are about. */
    private List<Diagnostic> errors() {
        return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    }

    private ContentGraph buildClean() throws IOException {
        ContentGraph graph = build(false);
        assertEquals(List.of(), errors());
        return graph;
    }

    private static List<String> slugs(List<RenderedExplainer> explainers) {
        return explainers.stream().map(RenderedExplainer::slug).toList();
    }

    @Test
    void explainersComeNewestFirstThenBySlug() throws IOException {
        explainer("old", "2014", "", "")
                .explainer("newer", "2020-05-01T10:00:00Z", "", "")
                .explainer("b-same-day", "2020-05-01", "", "")
                .explainer("a-same-day", "2020-05-01", "", "");
        assertEquals(List.of("newer", "a-same-day", "b-same-day", "old"), slugs(buildClean().explainers()));
    }

    @Test
    void backlinksFromBodyLinksKeepTheirSentenceAndFromRelatedHaveNone() throws IOException {
        explainer("target", "2020", "", "The target.\n")
                .explainer("linker", "2021", "", "Intro.\n\nRead [[target|the target story]] for the history.\n")
                .explainer("relater", "2022", "related: [target]\n", "No links here.\n")
                .explainer("self", "2019", "claims:\n  - {id: c, by: a, date: 2019, text: T, status: stated}\n",
                        "Myself: [[self#c|my claim]].\n")
                .actor("a", "A");
        ContentGraph graph = buildClean();
        assertEquals(List.of(new Backlink("linker", "Read the target story for the history."),
                new Backlink("relater", null)), graph.backlinks().get("target"));
        assertFalse(graph.backlinks().containsKey("self"), "a page does not backlink itself");
        assertFalse(graph.backlinks().containsKey("linker"));
    }

    @Test
    void oneBacklinkPerLinkingExplainerTheFirstLinkWins() throws IOException {
        explainer("target", "2020", "related: [linker]\n", "")
                .explainer("linker", "2021", "related: [target]\n",
                        "First [[target|mention]].\n\nSecond [[target|mention]].\n");
        ContentGraph graph = buildClean();
        assertEquals(List.of(new Backlink("linker", "First mention.")), graph.backlinks().get("target"));
        assertEquals(List.of(new Backlink("target", null)), graph.backlinks().get("linker"));
    }

    @Test
    void backlinksToActorsAndFromClaimNotesAndLayerReadings() throws IOException {
        actor("putin", "Vladimir Putin")
                .actor("lavrov", "Sergei Lavrov")
                .explainer("target", "2020", "", "")
                .explainer("a", "2021", "claims:\n  - id: c\n    by: putin\n    text: T\n    date: 2021\n"
                        + "    status: stated\n    note: Compare [[target|the earlier case]].\n"
                        + "layers:\n  - id: l\n    title: L\n    reading: As [[lavrov|Lavrov]] put it.\n",
                        "Said by [[putin|the president]].\n");
        ContentGraph graph = buildClean();
        assertEquals(List.of(new Backlink("a", "Said by the president.")), graph.backlinks().get("putin"));
        assertEquals(List.of(new Backlink("a", "Compare the earlier case.")), graph.backlinks().get("target"));
        assertEquals(List.of(new Backlink("a", "As Lavrov put it.")), graph.backlinks().get("lavrov"));
        RenderedExplainer a = graph.explainersBySlug().get("a");
        assertTrue(a.claimNotes().get("c").contains("href=\"/explainers/target/\""), a.claimNotes().toString());
        assertTrue(a.layerReadings().get("l").contains("href=\"/actors/lavrov/\""), a.layerReadings().toString());
    }

    @Test
    void timelineMergesEventsByIdAndUnionsTheirExplainers() throws IOException {
        String minsk = "timeline:\n  - id: minsk-1\n    date: 2014-09-05\n    title: Minsk Protocol signed\n"
                + "    actors: [putin]\n";
        actor("putin", "Vladimir Putin").actor("poroshenko", "Petro Poroshenko")
                .explainer("b-explainer", "2020", minsk, "")
                .explainer("a-explainer", "2021", minsk, "")
                .explainer("c-explainer", "2022", "", "")
                .file("events/2014.yaml", "- id: minsk-1\n  date: 2014-09-05\n  title: Minsk Protocol signed\n"
                        + "  text: Signed in *Minsk*.\n  actors: [poroshenko]\n  explainer: c-explainer\n");
        ContentGraph graph = buildClean();
        assertEquals(1, graph.timeline().size());
        MergedEvent event = graph.timeline().get(0);
        assertEquals("minsk-1", event.id());
        assertEquals("Minsk Protocol signed", event.title());
        assertEquals("5 September 2014", event.date().display());
        assertEquals(List.of("a-explainer", "b-explainer", "c-explainer"), event.explainers());
        assertEquals(List.of("poroshenko", "putin"), event.actors());
        assertEquals("Signed in <em>Minsk</em>.", event.textHtml());
        assertEquals(List.of(event), graph.actorEvents().get("putin"));
        assertEquals(List.of(event), graph.actorEvents().get("poroshenko"));
    }

    @Test
    void timelineIsSortedByDateWithPartialDatesFirst() throws IOException {
        explainer("a", "2020", "timeline:\n"
                + "  - id: day\n    date: 2014-09-05\n    title: A day\n"
                + "  - id: later\n    date: 2015\n    title: A later year\n"
                + "  - id: month\n    date: 2014-09\n    title: A month\n"
                + "  - id: year\n    date: 2014\n    title: A year\n"
                + "  - id: moment\n    date: 2014-09-05T10:00:00Z\n    title: A moment\n"
                + "  - id: earlier\n    date: 2013-12-31\n    title: An earlier day\n", "");
        List<String> order = buildClean().timeline().stream().map(MergedEvent::id).toList();
        assertEquals(List.of("earlier", "year", "month", "day", "moment", "later"), order);
    }

    @Test
    void eventsOnTheSameDateAreOrderedByTitle() throws IOException {
        file("events/e.yaml", "- id: a\n  date: 2014\n  title: Zeta\n- id: b\n  date: 2014\n  title: Alpha\n");
        assertEquals(List.of("b", "a"), buildClean().timeline().stream().map(MergedEvent::id).toList());
    }

    @Test
    void mergedEventsThatDisagreeOnTheDateAreAnError() throws IOException {
        explainer("a", "2020", "timeline:\n  - id: e\n    date: 2014\n    title: E\n", "")
                .explainer("b", "2020", "timeline:\n  - id: e\n    date: 2015\n    title: E\n", "");
        build(false);
        List<Diagnostic> all = errors();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).message().contains("events merged by id must agree"), all.get(0).message());
    }

    @Test
    void actorClaimsConditionsAndExplainers() throws IOException {
        actor("putin", "Vladimir Putin").actor("ukraine", "Ukraine").actor("trump", "Donald Trump")
                .actor("nobody", "Nobody")
                .explainer("older", "2019", "actors: [trump]\n"
                        + "claims:\n  - id: old-claim\n    by: putin\n    text: Old\n    date: 2019\n    status: stated\n",
                        "")
                .explainer("newer", "2021", "claims:\n  - id: new-claim\n    by: putin\n    text: New\n    date: 2021\n"
                        + "    status: disputed\n"
                        + "conditions:\n  - id: land\n    party: russia\n    issue: territory\n    text: Land.\n"
                        + "    rejected_by: [ukraine]\n"
                        + "  - id: guarantees\n    party: ukraine\n    issue: security\n    text: Guarantees.\n"
                        + "    accepted_by: [ukraine]\n",
                        "As [[trump|Trump]] said.\n");
        ContentGraph graph = buildClean();
        List<ClaimRef> putinClaims = graph.actorClaims().get("putin");
        assertEquals(List.of("newer", "older"), putinClaims.stream().map(ClaimRef::explainerSlug).toList());
        assertEquals(List.of("new-claim", "old-claim"), putinClaims.stream().map(c -> c.claim().id()).toList());
        assertEquals(List.of(), graph.actorClaims().get("ukraine"));

        List<ConditionRef> ukraine = graph.actorConditions().get("ukraine");
        assertEquals(List.of("land", "guarantees"), ukraine.stream().map(c -> c.condition().id()).toList(),
                "a party named twice in one condition gets it once");
        assertTrue(ukraine.stream().allMatch(c -> c.explainerSlug().equals("newer")));
        assertEquals(List.of(), graph.actorConditions().get("putin"), "'russia' is a site party, not an actor");
        assertFalse(graph.actorConditions().containsKey("russia"));

        assertEquals(List.of("newer", "older"), graph.actorExplainers().get("putin"));
        assertEquals(List.of("newer"), graph.actorExplainers().get("ukraine"));
        assertEquals(List.of("newer", "older"), graph.actorExplainers().get("trump"), "named in actors or linked");
        assertEquals(List.of(), graph.actorExplainers().get("nobody"));
        assertEquals(List.of("nobody", "putin", "trump", "ukraine"),
                graph.actors().stream().map(a -> a.actor().id()).toList());
    }

    @Test
    void actorBodiesAreRenderedWithTheirLinks() throws IOException {
        actor("putin", "Vladimir Putin")
                .file("actors/lavrov.md", "---\nname: Sergei Lavrov\nkind: person\n---\nWorks for [[putin]].\n")
                .explainer("a", "2020", "", "");
        ContentGraph graph = buildClean();
        RenderedActor lavrov = graph.actors().get(0);
        assertEquals("lavrov", lavrov.actor().id());
        assertTrue(lavrov.body().html().contains("<a href=\"/actors/putin/\">Vladimir Putin</a>"), lavrov.body().html());
        assertFalse(graph.backlinks().containsKey("putin"), "backlinks come from explainers only");
    }

    @Test
    void draftsAreExcludedUnlessIncluded() throws IOException {
        actor("putin", "Vladimir Putin")
                .explainer("published", "2020", "tags: [war]\n"
                        + "timeline:\n  - id: e\n    date: 2014\n    title: E\n", "")
                .explainer("draft-one", "2021", "draft: true\ntags: [war, secret]\nactors: [putin]\n"
                        + "timeline:\n  - id: e\n    date: 2014\n    title: E\n"
                        + "  - id: only-draft\n    date: 2015\n    title: Only in the draft\n",
                        "Links to [[published|the published one]].\n");
        ContentGraph graph = buildClean();
        assertEquals(List.of("published"), slugs(graph.explainers()));
        assertEquals(Map.of("war", List.of("published")), graph.tags());
        assertFalse(graph.backlinks().containsKey("published"));
        assertEquals(List.of("e"), graph.timeline().stream().map(MergedEvent::id).toList());
        assertEquals(List.of("published"), graph.timeline().get(0).explainers());
        assertEquals(List.of(), graph.actorExplainers().get("putin"));
    }

    @Test
    void draftsAreIncludedWhenAskedFor() throws IOException {
        actor("putin", "Vladimir Putin")
                .explainer("published", "2020", "tags: [war]\n", "")
                .explainer("draft-one", "2021", "draft: true\ntags: [war, secret]\nactors: [putin]\n",
                        "Links to [[published|the published one]].\n");
        ContentGraph graph = build(true);
        assertEquals(List.of(), errors());
        assertEquals(List.of("draft-one", "published"), slugs(graph.explainers()));
        assertEquals(List.of("draft-one", "published"), graph.tags().get("war"));
        assertEquals(List.of("draft-one"), graph.tags().get("secret"));
        assertEquals(List.of(new Backlink("draft-one", "Links to the published one.")),
                graph.backlinks().get("published"));
        assertEquals(List.of("draft-one"), graph.actorExplainers().get("putin"));
    }

    @Test
    void linkToAnExcludedDraftIsAnError() throws IOException {
        explainer("published", "2020", "", "See [[draft-one|it]].\n")
                .explainer("draft-one", "2021", "draft: true\n", "");
        build(false);
        List<Diagnostic> all = errors();
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).message().startsWith("link to draft explainer 'draft-one'"), all.get(0).message());
    }

    @Test
    void tagsGroupExplainersNewestFirst() throws IOException {
        explainer("a", "2020", "tags: [war, talks]\n", "")
                .explainer("b", "2022", "tags: [war]\n", "")
                .explainer("c", "2021-06", "tags: [war, talks, war]\n", "")
                .explainer("d", "2023", "", "");
        ContentGraph graph = buildClean();
        assertEquals(List.of("talks", "war"), List.copyOf(graph.tags().keySet()));
        assertEquals(List.of("b", "c", "a"), graph.tags().get("war"));
        assertEquals(List.of("c", "a"), graph.tags().get("talks"));
        assertEquals(Map.of("World", List.of("d", "b", "c", "a")), graph.sections());
    }

    @Test
    void unknownActorInAClaimIsReported() throws IOException {
        explainer("a", "2020", "claims:\n  - id: c\n    by: putn\n    text: T\n    date: 2020\n    status: stated\n", "")
                .actor("putin", "Vladimir Putin");
        build(false);
        List<Diagnostic> all = errors();
        assertEquals(1, all.size(), all::toString);
        assertEquals("unknown actor 'putn' in claims[0].by (did you mean 'putin'?)", all.get(0).message());
    }

    @Test
    void bodyLinkErrorsPointAtTheFileLine() throws IOException {
        explainer("a", "2020", "", "Line one.\n\nSee [[nowhere]].\n");
        build(false);
        List<Diagnostic> all = errors();
        assertEquals(1, all.size(), all::toString);
        Diagnostic d = all.get(0);
        assertTrue(d.position().file().endsWith("content/explainers/a.md"), d.position().file());
        assertEquals(9, d.position().line());
        assertEquals(5, d.position().column());
    }

    @Test
    void headingIdsOfABodyAvoidThePagesOwnAnchors() throws IOException {
        actor("putin", "Vladimir Putin")
                .explainer("a", "2020", "claims:\n  - id: talks\n    by: putin\n    text: T\n    date: 2020\n"
                        + "    status: stated\n", "## Talks\n\n## Claims\n\n## Sources\n");
        RenderedExplainer a = buildClean().explainers().get(0);
        Set<String> ids = new TreeSet<>();
        a.body().headings().forEach(h -> ids.add(h.id()));
        assertEquals(Set.of("talks-1", "claims-1", "sources-1"), ids);
        assertNotNull(a.explainer());
    }

    @Test
    void aShortTitleIsWhatALinkShows() throws IOException {
        explainer("talks", "2020", "short_title: Talks\n", "")
                .explainer("other", "2021", "", "See [[talks]].\n");
        ContentGraph graph = buildClean();
        assertTrue(graph.explainersBySlug().get("other").body().html().contains(">Talks</a>"),
                graph.explainersBySlug().get("other").body().html());
    }

    @Test
    void theGraphCarriesAuthorsAndThePagesOfTheBuild() throws IOException {
        file("authors/jane-doe.md", "---\nname: Jane Doe\n---\nBio.\n")
                .file("pages/about.md", "---\ntitle: About\n---\nAbout.\n")
                .file("pages/methods.md", "---\ntitle: Methods\ndraft: true\n---\nNot yet.\n")
                .explainer("a", "2020", "authors: [jane-doe]\n", "");
        ContentGraph graph = buildClean();
        assertEquals(List.of("jane-doe"), graph.authors().stream().map(a -> a.author().id()).toList());
        assertEquals(List.of("about"), graph.pages().stream().map(p -> p.page().slug()).toList());
        assertEquals(List.of("about", "methods"), build(true).pages().stream().map(p -> p.page().slug()).toList());
    }

    @Test
    void aDraftBuiltWithDraftsDoesNotAskForAByline() throws IOException {
        explainer("a", "2020", "draft: true\n", "");
        build(true);
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::message)
                .filter(m -> m.contains("authors")).toList());
    }

    @Test
    void aLivePreviewChecksTheBylineAgainWhenAnAuthorFileArrives() throws IOException {
        explainer("a", "2020", "authors: [jane-doe]\n", "");
        Content without = content();
        file("authors/jane-doe.md", "---\nname: Jane Doe\n---\nBio.\n");
        Content with = content();
        GraphCache cache = new GraphCache();
        MarkdownRenderer markdown = new MarkdownRenderer("/");
        Diagnostics first = new Diagnostics();
        new GraphBuilder(markdown, first, cache).build(without, false);
        assertEquals(List.of("unknown author 'jane-doe' in authors[0] (authors are files in authors/)"),
                first.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
        Diagnostics second = new Diagnostics();
        new GraphBuilder(markdown, second, cache).build(with, false);
        assertEquals(List.of(), second.sorted().stream().filter(Diagnostic::isError).toList());
    }
}
