package org.subtext.model;

import org.subtext.diag.SourcePosition;

/**
 * One earlier status of a claim, from its {@code history}: {@code note} (Markdown inline) and
 * {@code source} (a source id of the explainer) may be null.
 */
public record StatusChange(PartialDate date, ClaimStatus status, String note, Ref source, SourcePosition position) {
}
