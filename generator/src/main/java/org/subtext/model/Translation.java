package org.subtext.model;

import org.subtext.diag.SourcePosition;

/**
 * What an explainer translates: the original's slug, and the original's version the translation
 * follows (its {@code updated}, or {@code published} if never updated), written at {@code versionPosition}.
 */
public record Translation(Ref original, PartialDate version, SourcePosition versionPosition) {
}
