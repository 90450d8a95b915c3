package org.subtext.model;

import org.subtext.diag.SourcePosition;

/** One entry of an explainer's public change log. */
public record Update(PartialDate date, String note, boolean correction, SourcePosition position) {
}
