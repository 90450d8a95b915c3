package org.subtext.model;

import java.util.List;

import org.subtext.diag.SourcePosition;

/**
 * Who said what, when, and how it stands. {@code source}, {@code note}, {@code checked} (the date
 * the status is as of), {@code reviewBy} and {@code checkedPosition} may be null; {@code history}
 * holds the earlier statuses, oldest first. The positions of {@code status} and {@code checked}
 * are kept for the rules that compare a translation's claims with the original's.
 */
public record Claim(
        String id,
        SourcePosition position,
        Ref by,
        String text,
        PartialDate date,
        ClaimStatus status,
        ClaimKind kind,
        List<Ref> conditions,
        Ref source,
        String note,
        ClaimWording wording,
        PartialDate checked,
        PartialDate reviewBy,
        List<StatusChange> history,
        SourcePosition statusPosition,
        SourcePosition checkedPosition) {

    public Claim {
        conditions = List.copyOf(conditions);
        history = List.copyOf(history);
    }

    /** A paraphrased claim without checks or history. */
    public Claim(String id, SourcePosition position, Ref by, String text, PartialDate date, ClaimStatus status,
                 ClaimKind kind, List<Ref> conditions, Ref source, String note) {
        this(id, position, by, text, date, status, kind, conditions, source, note, ClaimWording.PARAPHRASE, null, null,
                List.of(), position, null);
    }
}
