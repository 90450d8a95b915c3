package org.subtext.markdown;

import org.subtext.diag.SourcePosition;

/** A resolved wikilink: its target, optional anchor, and the sentence it stands in (for backlinks). */
public record OutgoingLink(String targetId, String anchor, String context, SourcePosition position) {
}
