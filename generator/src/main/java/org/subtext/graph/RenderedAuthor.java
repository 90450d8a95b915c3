package org.subtext.graph;

import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Author;

/** An author with the biography of their file's body rendered. */
public record RenderedAuthor(Author author, RenderedMarkdown body) {
}
