package org.subtext.external;

import java.util.Objects;

import org.subtext.diag.SourcePosition;

/**
 * One link of the content to fetch: a source's {@code url} and, when it has one, its {@code archived}
 * copy, each with the place its value is written so that a dead link is reported there.
 *
 * @param name what messages call it, such as {@code source 'minsk-text'}
 * @param archived the archived copy's address, or null (and then {@code archivedPosition} is null too)
 */
public record ExternalSource(String name, String url, SourcePosition urlPosition, String archived,
                             SourcePosition archivedPosition) {

    public ExternalSource {
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(urlPosition);
        if (archived != null) {
            Objects.requireNonNull(archivedPosition);
        }
    }
}
