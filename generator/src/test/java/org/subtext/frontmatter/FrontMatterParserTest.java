package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.model.Actor;
import org.subtext.model.ActorKind;
import org.subtext.model.Claim;
import org.subtext.model.ClaimKind;
import org.subtext.model.ClaimStatus;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.Layer;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;
import org.subtext.model.TimelineEvent;
import org.subtext.source.SourceFile;

class FrontMatterParserTest {

    private static final String PATH = "content/explainers/russia-talks.md";

    /** The example of the format's contract, verbatim. */
    private static final String EXAMPLE = """
            ---
            title: Russia says it is ready for talks. Ready on whose terms?
            summary: Moscow offers to resume negotiations with Ukraine, but its conditions are the ones Kyiv has long rejected.
            key_points:
              - Russia says talks can resume where earlier ones stopped, if Kyiv accepts "realities".
              - Kyiv's terms start from sovereignty, guarantees, prisoners and deported civilians.
            section: Geopolitics
            published: 2026-06-24T05:18:07Z
            tags: [ukraine-war, negotiations]
            actors: [vladimir-putin, sergei-lavrov, ukraine, donald-trump]
            headline:
              claimed: Putin is ready for peace.
              precise: Moscow is ready for talks on conditions that Kyiv may find unacceptable.
            claims:
              - id: resume-talks
                by: sergei-lavrov
                date: 2026-06
                text: Russia is prepared to resume negotiations from where earlier talks left off.
                status: conditional
                kind: offer
                conditions: [accept-realities]
            conditions:
              - id: accept-realities
                party: russia
                issue: territory
                text: Ukraine accepts the territorial "realities" created by the war.
                rejected_by: [ukraine]
              - id: no-reward
                party: ukraine
                issue: sovereignty
                text: No settlement may reward aggression or trade away sovereignty.
            layers:
              - id: public
                title: The public message
                audience: Foreign partners and the Global South
                reading: Moscow is reasonable, open to dialogue, and not the obstacle to peace.
              - id: strategic
                title: The strategic message
                audience: Kyiv and Western capitals
                reading: Talks are welcome if they formalise gains that force has not fully secured.
                applies_to: [resume-talks]
            timeline:
              - id: minsk-1
                date: 2014-09-05
                title: Minsk Protocol signed
                explainer: minsk-agreements
            related: [minsk-agreements]
            ---
            Every Russian peace statement can be read in two layers ... see [[minsk-agreements]].
            """;

    private final FrontMatterParser parser = new FrontMatterParser();
    private final Diagnostics diagnostics = new Diagnostics();

    private static SourceFile explainerFile(String text) {
        return new SourceFile("explainers/russia-talks.md", PATH, text);
    }

    /** 1-based line of the first line of {@code text} that contains {@code needle}. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::message).toList();
    }

    private Explainer parse(String text) {
        return parser.parseExplainer(explainerFile(text), diagnostics);
    }

    /** A valid explainer with {@code extra} front matter lines added. */
    private static String minimal(String extra) {
        return "---\ntitle: T\nsummary: S\nsection: World\npublished: 2020-01-02\n" + extra + "---\nBody\n";
    }

    private Diagnostic single() {
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(1, all.size(), () -> "expected one diagnostic, got " + all);
        return all.get(0);
    }

    @Test
    void theFormatsExampleParsesWithoutDiagnostics() {
        Explainer e = parse(EXAMPLE);
        assertNotNull(e);
        assertEquals(List.of(), messages());
        assertEquals("russia-talks", e.slug());
        assertEquals(PATH, e.file());
        assertEquals("Russia says it is ready for talks. Ready on whose terms?", e.title());
        assertTrue(e.summary().startsWith("Moscow offers to resume negotiations"));
        assertEquals(List.of(
                "Russia says talks can resume where earlier ones stopped, if Kyiv accepts \"realities\".",
                "Kyiv's terms start from sovereignty, guarantees, prisoners and deported civilians."), e.keyPoints());
        assertEquals("Geopolitics", e.section());
        assertEquals(PartialDate.Precision.TIMESTAMP, e.published().precision());
        assertEquals("2026-06-24T05:18:07Z", e.published().iso());
        assertNull(e.updated());
        assertEquals(List.of("ukraine-war", "negotiations"), ids(e.tags()));
        assertEquals(List.of("vladimir-putin", "sergei-lavrov", "ukraine", "donald-trump"), ids(e.actors()));
        assertEquals("Putin is ready for peace.", e.headline().claimed());
        assertEquals("Moscow is ready for talks on conditions that Kyiv may find unacceptable.", e.headline().precise());
        assertEquals(List.of("minsk-agreements"), ids(e.related()));
        assertEquals(List.of(), e.sources());
        assertEquals(List.of(), e.updates());
        assertFalse(e.draft());
        assertEquals("Every Russian peace statement can be read in two layers ... see [[minsk-agreements]].\n",
                e.body());
        assertEquals(lineOf(EXAMPLE, "Every Russian"), e.bodyFirstLine());
    }

    @Test
    void theExamplesClaim() {
        Claim claim = parse(EXAMPLE).claims().get(0);
        assertEquals("resume-talks", claim.id());
        assertEquals("sergei-lavrov", claim.by().id());
        assertEquals("claims[0].by", claim.by().field());
        assertEquals(new SourcePosition(PATH, lineOf(EXAMPLE, "by: sergei-lavrov"), 9), claim.by().position());
        assertEquals(PartialDate.parse("2026-06").orElseThrow(), claim.date());
        assertEquals(PartialDate.Precision.MONTH, claim.date().precision());
        assertEquals("Russia is prepared to resume negotiations from where earlier talks left off.", claim.text());
        assertEquals(ClaimStatus.CONDITIONAL, claim.status());
        assertEquals(ClaimKind.OFFER, claim.kind());
        assertEquals(List.of("accept-realities"), ids(claim.conditions()));
        assertNull(claim.source());
        assertNull(claim.note());
        assertEquals(PATH, claim.position().file());
        assertEquals(lineOf(EXAMPLE, "- id: resume-talks"), claim.position().line());
    }

    @Test
    void theExamplesConditions() {
        List<Condition> conditions = parse(EXAMPLE).conditions();
        assertEquals(2, conditions.size());
        Condition first = conditions.get(0);
        assertEquals("accept-realities", first.id());
        assertEquals("russia", first.party().id());
        assertEquals("territory", first.issue().id());
        assertEquals("Ukraine accepts the territorial \"realities\" created by the war.", first.text());
        assertEquals(List.of(), first.acceptedBy());
        assertEquals(List.of("ukraine"), ids(first.rejectedBy()));
        assertEquals("conditions[0].rejected_by[0]", first.rejectedBy().get(0).field());
        Condition second = conditions.get(1);
        assertEquals("no-reward", second.id());
        assertEquals("ukraine", second.party().id());
        assertEquals("sovereignty", second.issue().id());
        assertEquals(List.of(), second.rejectedBy());
    }

    @Test
    void theExamplesLayers() {
        List<Layer> layers = parse(EXAMPLE).layers();
        assertEquals(List.of("public", "strategic"), layers.stream().map(Layer::id).toList());
        Layer pub = layers.get(0);
        assertEquals("The public message", pub.title());
        assertEquals("Foreign partners and the Global South", pub.audience());
        assertEquals("Moscow is reasonable, open to dialogue, and not the obstacle to peace.", pub.reading());
        assertEquals(List.of(), pub.appliesTo());
        Layer strategic = layers.get(1);
        assertEquals("Kyiv and Western capitals", strategic.audience());
        assertEquals(List.of("resume-talks"), ids(strategic.appliesTo()));
    }

    @Test
    void theExamplesTimeline() {
        List<TimelineEvent> timeline = parse(EXAMPLE).timeline();
        assertEquals(1, timeline.size());
        TimelineEvent event = timeline.get(0);
        assertEquals("minsk-1", event.id());
        assertEquals(PartialDate.parse("2014-09-05").orElseThrow(), event.date());
        assertNull(event.end());
        assertEquals("Minsk Protocol signed", event.title());
        assertNull(event.text());
        assertEquals(List.of(), event.actors());
        assertEquals("minsk-agreements", event.explainer().id());
        assertEquals(lineOf(EXAMPLE, "- id: minsk-1"), event.position().line());
    }

    @Test
    void unknownTopLevelKeyIsReportedAtItsLineWithASuggestion() {
        String text = minimal("titel: Oops\n");
        parse(text);
        Diagnostic d = single();
        assertEquals(new SourcePosition(PATH, lineOf(text, "titel"), 1), d.position());
        assertEquals("unknown key 'titel' in front matter (did you mean 'title'?)", d.message());
    }

    @Test
    void unknownNestedKeyNamesItsPath() {
        String text = minimal("claims:\n  - id: c\n    by: x\n    text: T\n    date: 2020\n    stauts: stated\n");
        parse(text);
        List<String> messages = messages();
        assertTrue(messages.contains("unknown key 'stauts' in claims[0] (did you mean 'status'?)"), messages::toString);
        assertTrue(messages.contains("missing required key 'status' in claims[0]"), messages::toString);
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
        parse(minimal("banana: yes\n"));
        assertEquals("unknown key 'banana' in front matter", single().message());
    }

    @Test
    void defaults() {
        Explainer e = parse(minimal("claims:\n  - id: c\n    by: x\n    text: T\n    date: 2020\n    status: stated\n"));
        assertEquals(List.of(), messages());
        assertEquals(ClaimKind.ASSERTION, e.claims().get(0).kind());
        assertFalse(e.draft());
        assertNull(e.headline());
        assertEquals(List.of(), e.keyPoints());
        assertEquals(List.of(), e.tags());
    }

    @Test
    void draftTrue() {
        assertTrue(parse(minimal("draft: true\n")).draft());
        assertEquals(List.of(), messages());
    }

    @Test
    void draftMustBeABoolean() {
        Explainer e = parse(minimal("draft: \"true\"\n"));
        assertFalse(e.draft());
        assertTrue(single().message().contains("expected true or false in draft"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "on", "Yes", "ON"})
    void draftYesIsNotSilentlyFalse(String value) {
        Explainer e = parse(minimal("draft: " + value + "\n"));
        assertTrue(e.draft() || diagnostics.hasErrors(), "draft: " + value + " read as false without an error");
    }

    @Test
    void missingRequiredKeysAreEachReported() {
        Explainer e = parse("---\nsummary: S\n---\nBody\n");
        assertNotNull(e, "an explainer with missing fields still comes back");
        List<String> messages = messages();
        assertTrue(messages.contains("missing required key 'title'"), messages::toString);
        assertTrue(messages.contains("missing required key 'section'"), messages::toString);
        assertTrue(messages.contains("missing required key 'published'"), messages::toString);
        assertEquals(3, messages.size(), messages::toString);
    }

    @Test
    void blankOptionalKeysAreAbsent() {
        Explainer e = parse(minimal("updated:\nkey_points:\nheadline:\n"));
        assertEquals(List.of(), messages());
        assertNull(e.updated());
        assertEquals(List.of(), e.keyPoints());
        assertNull(e.headline());
    }

    @Test
    void blankRequiredKeyIsReportedAtTheKey() {
        String text = "---\ntitle:\nsummary: S\nsection: World\npublished: 2020\n---\n";
        parse(text);
        Diagnostic d = single();
        assertEquals("missing value for required key 'title'", d.message());
        assertEquals(new SourcePosition(PATH, 2, 1), d.position());
    }

    @Test
    void invalidDateIsReportedAtItsValue() {
        String text = minimal("updated: 2020-02-30\n");
        parse(text);
        Diagnostic d = single();
        assertEquals(lineOf(text, "updated:"), d.position().line());
        assertEquals(10, d.position().column());
        assertTrue(d.message().startsWith("invalid date '2020-02-30' in updated"), d.message());
    }

    @Test
    void updatedBeforePublishedIsAnError() {
        parse(minimal("updated: 2019-12\n"));
        assertTrue(single().message().contains("is before published"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org/report", "HTTPS://EXAMPLE.ORG/x"})
    void sourceUrlsMayBeHttpOrHttps(String url) {
        Explainer e = parse(minimal("sources:\n  - id: s\n    title: A source\n    url: " + url + "\n"));
        assertEquals(List.of(), messages());
        assertEquals(url, e.sources().get(0).url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "ftp://example.org/x",
        "data:text/html,hi", "//example.org/x", "/local/path", "example.org", "mailto:a@example.org",
        "'http://exa mple.org/'", "http://", "file:///etc/passwd"})
    void otherSourceUrlsAreRejected(String url) {
        String text = minimal("sources:\n  - id: s\n    title: A source\n    url: " + url + "\n");
        Explainer e = parse(text);
        Diagnostic d = single();
        assertTrue(d.message().startsWith("invalid url"), d.message());
        assertTrue(d.message().contains("sources[0].url"), d.message());
        assertEquals(lineOf(text, "url:"), d.position().line());
        assertEquals(1, e.sources().size(), "the source itself is kept");
        assertNull(e.sources().get(0).url());
    }

    @Test
    void invalidEnumValueSuggestsTheClosest() {
        parse(minimal("claims:\n  - id: c\n    by: x\n    text: T\n    date: 2020\n    status: confirmd\n"));
        assertEquals("invalid status 'confirmd' in claims[0].status (did you mean 'confirmed'?)", single().message());
    }

    @Test
    void invalidIdSuggestsASlug() {
        parse(minimal("tags: [Ukraine War]\n"));
        Diagnostic d = single();
        assertTrue(d.message().startsWith("invalid id 'Ukraine War' in tags[0]"), d.message());
        assertTrue(d.message().endsWith("(did you mean 'ukraine-war'?)"), d.message());
    }

    @Test
    void localReferencesMustExist() {
        parse(minimal("claims:\n  - id: c\n    by: x\n    text: T\n    date: 2020\n    status: stated\n"
                + "    conditions: [nope]\nlayers:\n  - id: l\n    title: L\n    reading: R\n    applies_to: [cc]\n"));
        List<String> messages = messages();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("unknown condition 'nope' in claims[0].conditions[0]"), messages::toString);
        assertEquals("unknown claim 'cc' in layers[0].applies_to[0] (did you mean 'c'?)", messages.get(1));
    }

    @Test
    void duplicateClaimIdIsAnError() {
        String claim = "  - id: c\n    by: x\n    text: T\n    date: 2020\n    status: stated\n";
        String text = minimal("claims:\n" + claim + claim);
        parse(text);
        Diagnostic d = single();
        assertTrue(d.message().startsWith("duplicate claim id 'c' (first at line " + lineOf(text, "- id: c") + ")"),
                d.message());
    }

    @Test
    void frontMatterThatIsNotAMapIsAnError() {
        assertNull(parse("---\n- a\n- b\n---\nBody\n"));
        assertTrue(single().message().startsWith("front matter must be a map"));
    }

    @Test
    void yamlErrorsPointIntoTheFile() {
        assertNull(parse("---\ntitle: T\ntitle: U\n---\nBody\n"));
        Diagnostic d = single();
        assertEquals(new SourcePosition(PATH, 3, 1), d.position());
        assertTrue(d.message().contains("first at line 2"), d.message());
    }

    @Test
    void missingFrontMatterGivesNoExplainer() {
        assertNull(parse("Just a body\n"));
        assertTrue(single().message().contains("missing front matter"));
    }

    @Test
    void actorParses() {
        Actor actor = parser.parseActor(new SourceFile("actors/norway.md", "content/actors/norway.md",
                "---\nname: Norway\nkind: state\ncountry: NO\naliases: [Kingdom of Norway]\n---\nA country.\n"),
                diagnostics);
        assertEquals(List.of(), messages());
        assertEquals("norway", actor.id());
        assertEquals("Norway", actor.name());
        assertEquals(ActorKind.STATE, actor.kind());
        assertEquals("NO", actor.country());
        assertNull(actor.role());
        assertEquals(List.of("Kingdom of Norway"), actor.aliases());
        assertEquals("A country.\n", actor.body());
        assertEquals(7, actor.bodyFirstLine());
    }

    @Test
    void actorUnknownKeySuggests() {
        parser.parseActor(new SourceFile("actors/a.md", "content/actors/a.md", "---\nname: A\nkind: person\nrole: R\nrloe: X\n---\n"),
                diagnostics);
        assertEquals("unknown key 'rloe' in front matter (did you mean 'role'?)", single().message());
    }

    @Test
    void siteConfigDefaultsAndNormalisesBaseUrl() {
        SiteConfig site = parser.parseSite(new SourceFile("site.yaml", "content/site.yaml",
                "title: S\ndescription: D\nbase_url: https://example.org/explainers\n"
                        + "parties:\n  russia: Russia\n  ukraine: Ukraine\nissues:\n  territory: Territory\n"),
                diagnostics);
        assertEquals(List.of(), messages());
        assertEquals("https://example.org/explainers/", site.baseUrl());
        assertEquals("/explainers/", site.basePath());
        assertEquals("en", site.language());
        assertEquals(List.of("russia", "ukraine"), List.copyOf(site.parties().keySet()));
        assertEquals(Map.of("territory", "Territory"), site.issues());
    }

    @Test
    void siteConfigRejectsNonWebBaseUrl() {
        SiteConfig site = parser.parseSite(new SourceFile("site.yaml", "content/site.yaml",
                "title: S\ndescription: D\nbase_url: javascript:alert(1)\n"), diagnostics);
        assertNull(site);
        assertTrue(single().message().startsWith("invalid base_url"));
    }

    private List<TimelineEvent> events(String text) {
        return parser.parseEvents(new SourceFile("events/war.yaml", "content/events/war.yaml", text), diagnostics);
    }

    @Test
    void eventsFileParses() {
        String text = "- id: minsk-1\n  date: 2014-09-05\n  title: Minsk Protocol signed\n"
                + "- id: talks\n  date: 2015-02\n  end: 2015-03\n  title: Talks\n  text: Some *talk*.\n"
                + "  actors: [ukraine, russia]\n  explainer: minsk-agreements\n";
        List<TimelineEvent> events = events(text);
        assertEquals(List.of(), messages());
        assertEquals(2, events.size());
        TimelineEvent first = events.get(0);
        assertEquals("minsk-1", first.id());
        assertEquals("5 September 2014", first.date().display());
        assertNull(first.explainer());
        assertEquals(new SourcePosition("content/events/war.yaml", 1, 3), first.position());
        TimelineEvent second = events.get(1);
        assertEquals("talks", second.id());
        assertEquals("2015-03", second.end().iso());
        assertEquals("Some *talk*.", second.text());
        assertEquals(List.of("ukraine", "russia"), ids(second.actors()));
        assertEquals("minsk-agreements", second.explainer().id());
        assertEquals(lineOf(text, "- id: talks"), second.position().line());
    }

    @Test
    void eventsFileMustBeAList() {
        assertEquals(List.of(), events("id: x\ndate: 2014\ntitle: T\n"));
        assertTrue(single().message().startsWith("an events file holds a YAML list"));
    }

    @Test
    void eventsFileReportsItemErrorsAndKeepsTheGoodOnes() {
        List<TimelineEvent> events = events("- id: a\n  date: 2014\n  tilte: A\n- id: b\n  date: 2015\n  title: B\n");
        assertEquals(List.of("b"), events.stream().map(TimelineEvent::id).toList());
        List<String> messages = messages();
        assertTrue(messages.contains("unknown key 'tilte' in [0] (did you mean 'title'?)"), messages::toString);
        assertTrue(messages.contains("missing required key 'title' in [0]"), messages::toString);
    }

    @Test
    void eventEndBeforeDateIsAnErrorButAYearEndOfADayIsNot() {
        List<TimelineEvent> events = events("- id: a\n  date: 2014-09-05\n  end: 2014\n  title: A\n"
                + "- id: b\n  date: 2014-09-05\n  end: 2014-08\n  title: B\n");
        assertEquals(2, events.size());
        assertEquals("2014", events.get(0).end().text());
        assertNull(events.get(1).end());
        Diagnostic d = single();
        assertEquals("end 2014-08 is before date 2014-09-05 in [1].end", d.message());
        assertEquals(new SourcePosition("content/events/war.yaml", 7, 8), d.position());
    }
}
