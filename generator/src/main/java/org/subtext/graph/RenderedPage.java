package org.subtext.graph;

import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Page;

/** A standalone page with its Markdown body rendered. */
public record RenderedPage(Page page, RenderedMarkdown body) {
}
