package org.subtext.model;

import java.util.List;

import org.subtext.diag.SourcePosition;

/** Who said what, when, and how it stands. {@code source} and {@code note} may be null. */
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
        String note) {

    public Claim {
        conditions = List.copyOf(conditions);
    }
}
