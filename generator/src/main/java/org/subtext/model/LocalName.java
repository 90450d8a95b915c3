package org.subtext.model;

import org.subtext.diag.SourcePosition;

/** An actor's name as written in one of the site's languages, and where that was written. */
public record LocalName(String language, String name, SourcePosition position) {
}
