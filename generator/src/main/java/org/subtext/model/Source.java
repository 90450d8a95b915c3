package org.subtext.model;

import org.subtext.diag.SourcePosition;

/**
 * A cited source; everything but id and title may be null. {@code archived} is an archived copy
 * of {@code url}; {@code accessed} the date the writer last opened it.
 */
public record Source(String id, SourcePosition position, String title, String url, String publisher,
                     PartialDate date, String archived, PartialDate accessed) {

    /** A source without an archived copy or access date. */
    public Source(String id, SourcePosition position, String title, String url, String publisher, PartialDate date) {
        this(id, position, title, url, publisher, date, null, null);
    }
}
