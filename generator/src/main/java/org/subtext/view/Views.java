package org.subtext.view;

import java.util.List;

import org.subtext.markdown.Html;

/**
 * The records templates see. Every URL is ready to print (prefixed with the base path); every
 * {@code ...Html} field is sanitised HTML; everything else is plain text that templates escape.
 */
public final class Views {

    private Views() {
    }

    /**
     * Scripts (static/site.js, static/search.js) and their integrity are null when the templates lack them.
     * {@code publisher} is null when site.yaml names none (its url may be null); {@code policies} are the
     * footer's links to the policies given; {@code authorsUrl} is the authors' index, null when there are none;
     * {@code methodsUrl} is the methods policy's, or null, which each claim's status line links;
     * {@code stylesheet} is every page's but the explainers', whose own is {@code explainerStylesheet}
     * (static/explainer.css; null when the templates have none, and explainers load {@code stylesheet}).
     */
    public record Site(String title, String description, String language, String base, String stylesheet,
                       String stylesheetIntegrity, String feedUrl, String contentSecurityPolicy, String script,
                       String scriptIntegrity, String searchScript, String searchScriptIntegrity,
                       String jsonFeedUrl, String searchUrl, String locale, String icon, boolean noindex,
                       String correctionsUrl, Link publisher, List<Link> policies, String authorsUrl,
                       String methodsUrl, String direction, String explainerStylesheet,
                       String explainerStylesheetIntegrity) {
    }

    /**
     * The same page in one of the site's languages: {@code url} for links, {@code absolute} for
     * {@code hreflang}; {@code current} is the page itself.
     */
    public record Alternate(String language, String label, String url, String absolute, boolean current) {
    }

    /** {@code url} goes to the corrected explainer's list of updates. */
    public record CorrectionEntry(Date date, Link explainer, String note, String url) {
    }

    public record CorrectionsPage(Site site, Meta meta, List<CorrectionEntry> corrections, String feedUrl) {
    }

    /**
     * {@code image} is the absolute URL of the page's social card (og:image), or null for none.
     * {@code alternates} are the page's editions in every language it has (itself included), empty for
     * a page without a translation; {@code xDefault} is the one for readers of other languages, or null.
     */
    public record Meta(String title, String description, String canonical, String ogType, String jsonLd,
                       String image, List<Alternate> alternates, String xDefault) {
    }

    /** A translation behind its original: the original, and when it was last updated. */
    public record Behind(Link original, Date originalUpdated, String originalLanguage) {
    }

    public record Link(String label, String url) {
    }

    public record Date(String display, String iso) {
    }

    /**
     * {@code byline} is the authors' names ("Jane Doe, Alex Roe"), or null for an explainer without authors;
     * {@code language} is the explainer's language when it is another than the page's, else null.
     */
    public record Card(String url, String title, String summary, String section, Date published, String byline,
                       String language) {
    }

    public record Section(String name, List<Card> explainers) {
    }

    public record HomePage(Site site, Meta meta, Card lead, List<Card> latest, List<Section> sections,
                           int explainerCount, int claimCount, int eventCount) {
    }

    /** {@code appliesTo} names the claims the reading interprets; empty: it reads the statement as a whole. */
    public record Layer(String id, String anchor, String title, String audience, String readingHtml,
                        List<Link> appliesTo) {
    }

    /**
     * {@code url} is the claim's place in its explainer, {@code pageUrl} its own page; only a
     * {@code verbatim} claim is set in quotation marks; {@code checked} is the status's as-of date (or
     * null) and {@code history} its earlier statuses, oldest first; {@code statusMeaning} says in a line
     * what the status means.
     */
    public record Claim(String id, String url, Link speaker, String text, Date date, String status,
                        String statusLabel, String kind, String kindLabel, List<Link> conditions, Link source,
                        String noteHtml, Link explainer, String pageUrl, boolean verbatim, Date checked,
                        List<StatusStep> history, String statusMeaning) {
    }

    /** An earlier status of a claim: {@code noteHtml} (rendered inline Markdown) and {@code source} may be null. */
    public record StatusStep(Date date, String status, String statusLabel, String noteHtml, Link source) {
    }

    public record ClaimCondition(Link condition, String party, String issue, List<String> acceptedBy,
                                 List<String> rejectedBy) {
    }

    /** {@code place} is the claim in its explainer; {@code source} may be null. */
    public record ClaimPage(Site site, Meta meta, Claim claim, Link explainer, String place, String statusMeaning,
                            List<ClaimCondition> conditions, List<Layer> layers, Source source,
                            List<Backlink> linkedFrom, String embedUrl) {
    }

    /** A claim as a card for other sites to frame: {@code claimUrl} is absolute. */
    public record ClaimEmbed(Claim claim, String statusMeaning, String claimUrl) {
    }

    /** The cards of one explainer's claims, one page for all, each its own fragment. */
    public record ClaimEmbeds(Site site, String title, List<ClaimEmbed> cards, String publisher) {
    }

    public record ConditionEntry(String id, String text, List<String> acceptedBy, List<String> rejectedBy) {
    }

    /** One party's conditions on one issue. */
    public record Demand(String party, List<ConditionEntry> conditions) {
    }

    /**
     * One issue of "who demands what": each party's demands facing the others'; {@code silent} names the
     * parties with no stated condition on it; {@code conflicts} says how many demands another party
     * rejects ("2 conflicts"), or is null for none.
     */
    public record GapIssue(String id, String label, List<Demand> demands, List<String> silent, String conflicts) {
    }

    /**
     * {@code start} is how the start date reads: before an end, without what the end repeats ("23" of
     * "23–27 September 2022"); {@code closeRange} asks for an unspaced dash between the two.
     * {@code topics} are the event's topics for the timeline's script, as places in the page's list of
     * topics ("0 2"), which is shorter than their ids on a page of hundreds of events; null for none,
     * and on pages without the script. The script reads who took part from the event's links.
     */
    public record Event(String id, Date date, Date end, String title, String textHtml, List<Link> actors,
                        List<Link> explainers, String start, boolean closeRange, String topics) {
    }

    /** {@code archived} is the URL of an archived copy; {@code accessed} when the writer last opened it. */
    public record Source(String id, String title, String url, String publisher, Date date, String archived,
                         Date accessed) {
    }

    public record Update(Date date, String note, boolean correction) {
    }

    public record Backlink(Card explainer, String context) {
    }

    /**
     * {@code authors} is the byline, empty for none; {@code label} shows above the title, null for the default;
     * {@code headlineSources} say where the claimed headline was seen ("Wire Service, 23 June 2026");
     * {@code overview} draws the explainer's own events to scale (null for fewer than two).
     */
    public record ExplainerPage(Site site, Meta meta, String slug, String title, String summary, String section,
                                Link sectionLink, Date published, Date updated, List<String> keyPoints,
                                String headlineClaimed, String headlinePrecise, List<Link> headlineSources,
                                List<Layer> layers,
                                List<Claim> claims, List<GapIssue> gaps, List<Link> toc, Html bodyHtml,
                                List<Event> timeline, Overview overview, List<Source> sources, List<Card> related,
                                List<Backlink> backlinks, List<Update> updates, boolean hasCorrection,
                                List<Link> tags, List<Link> actors, List<Link> authors, String label,
                                Behind behind) {
    }

    /** {@code role} may be null; {@code links} are the author's profiles elsewhere. */
    public record AuthorPage(Site site, Meta meta, String id, String name, String role, Html bodyHtml,
                             List<String> links, List<Card> explainers) {
    }

    public record AuthorEntry(Link author, String role, int explainerCount) {
    }

    public record AuthorsPage(Site site, Meta meta, List<AuthorEntry> authors) {
    }

    /** A page of {@code pages/}: {@code summary} and {@code updated} may be null. */
    public record StandalonePage(Site site, Meta meta, String title, String summary, Date updated, Html bodyHtml) {
    }

    public record ConditionRow(String text, Link party, String issue, List<String> acceptedBy,
                               List<String> rejectedBy, Link explainer) {
    }

    public record ActorPage(Site site, Meta meta, String id, String name, String kind, String role, String country,
                            List<String> aliases, Html bodyHtml, List<Claim> claims,
                            List<ConditionRow> conditions, List<Card> explainers, List<Event> events,
                            List<Backlink> backlinks) {
    }

    public record ActorEntry(Link actor, String kind, String role, int explainerCount) {
    }

    public record ActorsPage(Site site, Meta meta, List<ActorEntry> actors) {
    }

    public record Year(String year, List<Event> events) {
    }

    /**
     * A way to narrow the timeline: a plain link to a pre-rendered page, so it works without JavaScript;
     * {@code id} (an actor's or tag's) is the value the timeline's script gives its checkbox.
     */
    public record Filter(String id, String label, String url, int count) {
    }

    /** One event on the overview: a period's bar or a single event's tick, in drawing units. */
    public record Mark(String x, String y, String width, boolean period) {
    }

    /** A year on the overview's axis. */
    public record Tick(String x, String year) {
    }

    /** The timeline drawn to scale: {@code height} and {@code axis} in drawing units; {@code label} says what it shows. */
    public record Overview(int height, int axis, List<Tick> ticks, List<Mark> marks, String label) {
    }

    /**
     * {@code filter} names the actor or tag (or both) this page is narrowed to, or is null for the full
     * timeline; {@code clear} links the pages without each of a pair page's two filters; {@code overview}
     * is null for fewer than two events; {@code script} (static/timeline.js) is null when the templates lack it.
     */
    public record TimelinePage(Site site, Meta meta, String filter, List<Year> years, int eventCount, String allUrl,
                               List<Filter> actorFilters, List<Filter> tagFilters, List<Filter> clear,
                               Overview overview, String script, String scriptIntegrity) {
    }

    public record StatusGroup(String status, String label, String description, List<Claim> claims) {
    }

    public record ClaimsPage(Site site, Meta meta, List<StatusGroup> groups, int claimCount) {
    }

    /** {@code tag} is the topic as readers see it: its label, or its id without one. */
    public record TagPage(Site site, Meta meta, String tag, List<Card> explainers) {
    }

    public record TagEntry(Link tag, int count) {
    }

    public record TagsPage(Site site, Meta meta, List<TagEntry> tags) {
    }

    public record SectionPage(Site site, Meta meta, String section, List<Card> explainers) {
    }

    public record NotFoundPage(Site site, Meta meta, List<Card> latest) {
    }

    /**
     * The search page: {@code latest} (the newest explainers, of {@code total}) and the links to the
     * claims tracker, timeline, topics and actors are what it offers without JavaScript.
     */
    /**
     * {@code resultForms} are the forms of the counted word search.js writes ("3 results"), each that
     * the page's language has: search.js picks one by the plural rule once it knows the number.
     */
    public record SearchPage(Site site, Meta meta, String indexUrl, List<Card> latest, int total, String claimsUrl,
                             String timelineUrl, String tagsUrl, String actorsUrl, List<CountedForm> resultForms) {
    }

    /** One plural form of a counted word: {@code form} is one, few, many or other. */
    public record CountedForm(String form, String text) {
    }
}
