package org.subtext.model;

import java.util.List;

import org.subtext.diag.SourcePosition;

/** What one party demands on one issue, and who has accepted or rejected it. */
public record Condition(
        String id,
        SourcePosition position,
        Ref party,
        Ref issue,
        String text,
        List<Ref> acceptedBy,
        List<Ref> rejectedBy) {

    public Condition {
        acceptedBy = List.copyOf(acceptedBy);
        rejectedBy = List.copyOf(rejectedBy);
    }
}
