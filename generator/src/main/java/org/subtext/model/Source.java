package org.subtext.model;

import org.subtext.diag.SourcePosition;

/** A cited source; everything but id and title may be null. */
public record Source(String id, SourcePosition position, String title, String url, String publisher,
                     PartialDate date) {
}
