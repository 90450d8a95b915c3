package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Claim;
import org.subtext.model.ClaimKind;
import org.subtext.model.ClaimStatus;
import org.subtext.model.ClaimWording;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.model.StatusChange;

/** Reads one claim of an explainer, with its history of earlier statuses. */
final class ClaimReader {

    static final Set<String> KEYS = MapReader.keys("id", "by", "text", "date", "status", "kind", "conditions",
            "source", "note", "wording", "checked", "review_by", "history");
    private static final Set<String> HISTORY = MapReader.keys("date", "status", "note", "source");

    private final Diagnostics diagnostics;

    ClaimReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Claim read(MapReader in) {
        String id = in.id("id");
        Ref by = in.ref("by", true);
        String text = in.string("text", true);
        PartialDate date = in.date("date", true);
        ClaimStatus status = in.enumValue("status", ClaimStatus.class, null, true);
        ClaimKind kind = in.enumValue("kind", ClaimKind.class, ClaimKind.ASSERTION, false);
        Ref source = in.ref("source", false);
        ClaimWording wording = in.enumValue("wording", ClaimWording.class, ClaimWording.PARAPHRASE, false);
        if (wording == ClaimWording.VERBATIM && source == null && !in.has("source")) {
            diagnostics.error(in.positionOf("wording"), "a verbatim claim needs a 'source': quotation marks promise"
                    + " the speaker's exact words, so say where they can be read (or use wording: paraphrase)");
        }
        PartialDate checked = in.date("checked", false);
        Claim claim = new Claim(id, in.position(), by, text, date, status, kind, in.refs("conditions"), source,
                in.string("note", false), wording, checked, in.date("review_by", false),
                in.objects("history", HISTORY, this::change), in.positionOf("status"),
                checked == null ? null : in.positionOf("checked"));
        return id == null || by == null || text == null || date == null || status == null ? null : claim;
    }

    private StatusChange change(MapReader in) {
        PartialDate date = in.date("date", true);
        ClaimStatus status = in.enumValue("status", ClaimStatus.class, null, true);
        StatusChange change = new StatusChange(date, status, in.string("note", false), in.ref("source", false),
                in.position());
        return date == null || status == null ? null : change;
    }
}
