package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Author;

/** Turns an author's front matter into an {@link Author}; the body is the biography. */
final class AuthorReader {

    static final Set<String> KEYS = MapReader.keys("name", "role", "links");

    private AuthorReader() {
    }

    /** Like an actor, an author with a missing name still comes back, so bylines naming it hold. */
    static Author read(String id, String file, MapReader in, String body, int bodyFirstLine, Diagnostics diagnostics) {
        String name = in.string("name", true);
        return new Author(id, file, name == null ? id : name, in.string("role", false),
                new Formats(diagnostics).urls(in, "links"), body, bodyFirstLine);
    }
}
