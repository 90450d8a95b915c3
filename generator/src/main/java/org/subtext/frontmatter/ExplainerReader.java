package org.subtext.frontmatter;

import java.util.List;
import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Claim;
import org.subtext.model.ClaimKind;
import org.subtext.model.ClaimStatus;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.Headline;
import org.subtext.model.Layer;
import org.subtext.model.PartialDate;
import org.subtext.model.Source;
import org.subtext.model.Update;

/** Turns an explainer's front matter into an {@link Explainer}, reporting type and shape errors. */
final class ExplainerReader {

    static final Set<String> KEYS = MapReader.keys("title", "summary", "key_points", "section", "published",
            "updated", "tags", "actors", "headline", "claims", "conditions", "layers", "timeline", "sources",
            "related", "updates", "draft");
    private static final Set<String> HEADLINE = MapReader.keys("claimed", "precise");
    private static final Set<String> CLAIM = MapReader.keys("id", "by", "text", "date", "status", "kind",
            "conditions", "source", "note");
    private static final Set<String> CONDITION = MapReader.keys("id", "party", "issue", "text", "accepted_by",
            "rejected_by");
    private static final Set<String> LAYER = MapReader.keys("id", "title", "audience", "reading", "applies_to");
    private static final Set<String> SOURCE = MapReader.keys("id", "title", "url", "publisher", "date");
    private static final Set<String> UPDATE = MapReader.keys("date", "note", "type");

    private final Diagnostics diagnostics;

    ExplainerReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Always returns an explainer, with blanks where required fields were missing or wrong (those
     * are reported), so that its references and body links are still checked in the same build.
     */
    Explainer read(String slug, String file, MapReader in, String body, int bodyFirstLine) {
        String title = in.string("title", true);
        String summary = in.string("summary", true);
        List<String> keyPoints = in.strings("key_points");
        String section = in.string("section", true);
        PartialDate published = in.date("published", true);
        PartialDate updated = in.date("updated", false);
        if (published != null && updated != null && updated.compareTo(published) < 0) {
            diagnostics.error(in.positionOf("updated"), "updated " + updated.text() + " is before published "
                    + published.text());
        }
        MapReader headlineIn = in.map("headline", HEADLINE);
        Headline headline = headlineIn == null ? null
                : new Headline(headlineIn.string("claimed", false), headlineIn.string("precise", false));
        return new Explainer(slug, file, orBlank(title), orBlank(summary), keyPoints, orBlank(section),
                published == null ? UNKNOWN_DATE : published, updated,
                in.refs("tags"), in.refs("actors"), headline,
                in.objects("claims", CLAIM, this::claim),
                in.objects("conditions", CONDITION, this::condition),
                in.objects("layers", LAYER, this::layer),
                in.objects("timeline", EventReader.KEYS, e -> EventReader.read(e, diagnostics)),
                in.objects("sources", SOURCE, this::source),
                in.refs("related"),
                in.objects("updates", UPDATE, this::update),
                in.bool("draft", false),
                body, bodyFirstLine);
    }

    private static final PartialDate UNKNOWN_DATE = PartialDate.parse("0001").orElseThrow();

    static String orBlank(String text) {
        return text == null ? "" : text;
    }

    private Claim claim(MapReader in) {
        String id = in.id("id");
        var by = in.ref("by", true);
        String text = in.string("text", true);
        PartialDate date = in.date("date", true);
        ClaimStatus status = in.enumValue("status", ClaimStatus.class, null, true);
        ClaimKind kind = in.enumValue("kind", ClaimKind.class, ClaimKind.ASSERTION, false);
        Claim claim = new Claim(id, in.position(), by, text, date, status, kind, in.refs("conditions"),
                in.ref("source", false), in.string("note", false));
        return id == null || by == null || text == null || date == null || status == null ? null : claim;
    }

    private Condition condition(MapReader in) {
        String id = in.id("id");
        var party = in.ref("party", true);
        var issue = in.ref("issue", true);
        String text = in.string("text", true);
        Condition condition = new Condition(id, in.position(), party, issue, text, in.refs("accepted_by"),
                in.refs("rejected_by"));
        return id == null || party == null || issue == null || text == null ? null : condition;
    }

    private Layer layer(MapReader in) {
        String id = in.id("id");
        String title = in.string("title", true);
        String reading = in.string("reading", true);
        Layer layer = new Layer(id, in.position(), title, in.string("audience", false), reading,
                in.refs("applies_to"));
        return id == null || title == null || reading == null ? null : layer;
    }

    private Source source(MapReader in) {
        String id = in.id("id");
        String title = in.string("title", true);
        String url = in.string("url", false);
        if (url != null && !UrlRules.isWebUrl(url)) {
            diagnostics.error(in.positionOf("url"), "invalid url '" + url + "' in " + in.path("url")
                    + ": use an absolute http:// or https:// address");
            url = null;
        }
        Source source = new Source(id, in.position(), title, url, in.string("publisher", false),
                in.date("date", false));
        return id == null || title == null ? null : source;
    }

    private Update update(MapReader in) {
        PartialDate date = in.date("date", true);
        String note = in.string("note", true);
        UpdateType type = in.enumValue("type", UpdateType.class, UpdateType.UPDATE, false);
        return date == null || note == null ? null
                : new Update(date, note, type == UpdateType.CORRECTION, in.position());
    }

    enum UpdateType { UPDATE, CORRECTION }
}
