package org.subtext.view;

import org.subtext.model.SiteConfig;
import org.subtext.model.Slugs;

/** Every URL of the site in one place, so pages, feeds and the link check agree on them. */
public final class Urls {

    private final SiteConfig site;
    private final String base;

    public Urls(SiteConfig site) {
        this.site = site;
        this.base = site.basePath();
    }

    /** Path-absolute URL for links inside pages: "/sub/explainers/x/". */
    public String href(String sitePath) {
        return base + sitePath;
    }

    public String absolute(String sitePath) {
        return site.absolute(sitePath);
    }

    public String base() {
        return base;
    }

    public static final String CORRECTIONS = "corrections/";
    public static final String AUTHORS = "authors/";
    public static final String CORRECTIONS_FEED = "corrections.xml";

    /**
     * A claim's page as its explainer's page links it: relative, since the claim pages sit below the
     * explainer's own folder and the explainer links each of them once or twice.
     */
    public static String ownClaim(String claimId) {
        return "claims/" + claimId + "/";
    }

    public static String claim(String slug, String claimId) {
        return "explainers/" + slug + "/claims/" + claimId + "/";
    }

    /**
     * Embeddable cards live under one prefix, so that hosts can allow framing them with one rule; an
     * explainer's cards share one page, each card its fragment (the page shows the card it targets).
     */
    public static String claimEmbeds(String slug) {
        return "embed/" + slug + "/";
    }

    public static String claimEmbed(String slug, String claimId) {
        return claimEmbeds(slug) + "#" + claimId;
    }

    public static String explainer(String slug) {
        return "explainers/" + slug + "/";
    }

    /** The explainer's social card image (og:image), drawn at build time. */
    public static String socialCard(String slug) {
        return explainer(slug) + "card.png";
    }

    public static String actor(String id) {
        return "actors/" + id + "/";
    }

    public static String author(String id) {
        return "authors/" + id + "/";
    }

    /** A standalone page of {@code pages/}, at the site's top level. */
    public static String page(String slug) {
        return slug + "/";
    }

    public static String tag(String tag) {
        return "tags/" + tag + "/";
    }

    public static String actorTimeline(String actor) {
        return "timeline/actors/" + actor + "/";
    }

    public static String tagTimeline(String tag) {
        return "timeline/tags/" + tag + "/";
    }

    /** One actor's events on one topic: under the actor's timeline, as the narrower of the two. */
    public static String pairTimeline(String actor, String tag) {
        return actorTimeline(actor) + "tags/" + tag + "/";
    }

    public static String section(String section) {
        String slug = Slugs.slugify(section);
        return "sections/" + (slug.isEmpty() ? "other" : slug) + "/";
    }

    /** The file a pretty URL is served from: "explainers/x/" → "explainers/x/index.html". */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
