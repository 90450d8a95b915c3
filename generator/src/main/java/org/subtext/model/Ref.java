package org.subtext.model;

import org.subtext.diag.SourcePosition;

/** An id written in the content that points at something else, kept with where it was written. */
public record Ref(String id, SourcePosition position, String field) {
}
