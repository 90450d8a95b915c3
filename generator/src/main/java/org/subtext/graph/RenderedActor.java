package org.subtext.graph;

import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Actor;

public record RenderedActor(Actor actor, RenderedMarkdown body) {
}
