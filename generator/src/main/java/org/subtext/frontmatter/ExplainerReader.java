package org.subtext.frontmatter;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Condition;
import org.subtext.model.Explainer;
import org.subtext.model.ExplainerLabel;
import org.subtext.model.Headline;
import org.subtext.model.Layer;
import org.subtext.model.PartialDate;
import org.subtext.model.Placeholders;
import org.subtext.model.Ref;
import org.subtext.model.Translation;
import org.subtext.model.Update;

/** Turns an explainer's front matter into an {@link Explainer}, reporting type and shape errors. */
final class ExplainerReader {

    static final Set<String> KEYS = MapReader.keys("title", "summary", "key_points", "section", "published",
            "updated", "tags", "actors", "headline", "claims", "conditions", "layers", "timeline", "sources",
            "related", "updates", "draft", "authors", "short_title", "label", "language", "translation_of");
    private static final Set<String> HEADLINE = MapReader.keys("claimed", "precise", "sources");
    private static final Set<String> TRANSLATION = MapReader.keys("slug", "version");
    static final int SHORT_TITLE_LENGTH = 60;
    private static final Set<String> CONDITION = MapReader.keys("id", "party", "issue", "text", "accepted_by",
            "rejected_by");
    private static final Set<String> LAYER = MapReader.keys("id", "title", "audience", "reading", "applies_to");
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
        Set<String> leftOut = new TreeSet<>();
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
        boolean draft = in.bool("draft", false);
        if (!draft) {
            placeholders(in, "explainer", "title", title, "summary", summary, "section", section);
        }
        MapReader headlineIn = in.map("headline", HEADLINE);
        Headline headline = headlineIn == null ? null : new Headline(headlineIn.string("claimed", false),
                headlineIn.string("precise", false), headlineIn.refs("sources"));
        return new Explainer(slug, file, orBlank(title), orBlank(summary), keyPoints, orBlank(section),
                published == null ? UNKNOWN_DATE : published, updated,
                in.refs("tags"), in.refs("actors"), headline,
                in.objects("claims", ClaimReader.KEYS, noting(new ClaimReader(diagnostics)::read, leftOut)),
                in.objects("conditions", CONDITION, noting(this::condition, leftOut)),
                in.objects("layers", LAYER, noting(this::layer, leftOut)),
                in.objects("timeline", EventReader.KEYS, noting(e -> EventReader.read(e, diagnostics), leftOut)),
                in.objects("sources", SourceReader.KEYS, noting(new SourceReader(diagnostics)::read, leftOut)),
                in.refs("related"),
                in.objects("updates", UPDATE, this::update),
                draft,
                in.refs("authors"), shortTitle(in),
                in.enumValue("label", ExplainerLabel.class, ExplainerLabel.EXPLAINER, false),
                new Formats(diagnostics).language(in, "language"), translation(in),
                body, bodyFirstLine, leftOut);
    }

    /**
     * {@code reader}, noting in {@code leftOut} the id of each item it leaves out: a claim whose date is
     * wrong is reported once, not again by every link to it.
     */
    private static <T> Function<MapReader, T> noting(Function<MapReader, T> reader, Set<String> leftOut) {
        return in -> {
            T item = reader.apply(in);
            if (item == null && in.writtenId() != null) {
                leftOut.add(in.writtenId());
            }
            return item;
        };
    }

    /** Reports each text of {@code keysAndValues} (key, value, key, value...) still a {@link Placeholders placeholder}. */
    static void placeholders(MapReader in, String kind, Diagnostics diagnostics, String... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (Placeholders.isPlaceholder(keysAndValues[i + 1])) {
                diagnostics.error(in.positionOf(keysAndValues[i]), Placeholders.message(keysAndValues[i], kind));
            }
        }
    }

    private void placeholders(MapReader in, String kind, String... keysAndValues) {
        placeholders(in, kind, diagnostics, keysAndValues);
    }

    private String shortTitle(MapReader in) {
        String shortTitle = in.string("short_title", false);
        if (shortTitle != null && shortTitle.codePointCount(0, shortTitle.length()) > SHORT_TITLE_LENGTH) {
            diagnostics.error(in.positionOf("short_title"), "short_title is "
                    + shortTitle.codePointCount(0, shortTitle.length()) + " characters long: keep it to "
                    + SHORT_TITLE_LENGTH + " or fewer (it stands in running text, breadcrumbs and lists)");
            return null;
        }
        return shortTitle;
    }

    private Translation translation(MapReader explainer) {
        MapReader in = explainer.map("translation_of", TRANSLATION);
        if (in == null) {
            return null;
        }
        Ref original = in.ref("slug", true);
        PartialDate version = in.date("version", true);
        return original == null || version == null ? null
                : new Translation(original, version, in.positionOf("version"));
    }

    static final PartialDate UNKNOWN_DATE = PartialDate.parse("0001").orElseThrow();

    static String orBlank(String text) {
        return text == null ? "" : text;
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

    private Update update(MapReader in) {
        PartialDate date = in.date("date", true);
        String note = in.string("note", true);
        UpdateType type = in.enumValue("type", UpdateType.class, UpdateType.UPDATE, false);
        return date == null || note == null ? null
                : new Update(date, note, type == UpdateType.CORRECTION, in.position());
    }

    enum UpdateType { UPDATE, CORRECTION }
}
