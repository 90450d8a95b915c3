package org.subtext.model;

import org.subtext.diag.SourcePosition;

/**
 * The organisation behind the site, for bylines and JSON-LD. {@code url} and {@code logo} may be
 * null; {@code logo} is an asset's path in the content folder ("assets/logo.svg"), checked to exist
 * by the graph stage at {@code logoPosition}.
 */
public record Publisher(String name, String url, String logo, SourcePosition logoPosition) {
}
