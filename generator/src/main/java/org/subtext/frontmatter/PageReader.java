package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Page;

/** Turns a standalone page's front matter into a {@link Page}. */
final class PageReader {

    static final Set<String> KEYS = MapReader.keys("title", "summary", "updated", "language", "draft");

    private PageReader() {
    }

    static Page read(String slug, String file, MapReader in, String body, int bodyFirstLine, Diagnostics diagnostics) {
        String title = in.string("title", true);
        return new Page(slug, file, ExplainerReader.orBlank(title), in.string("summary", false),
                in.date("updated", false), new Formats(diagnostics).language(in, "language"), in.bool("draft", false),
                body, bodyFirstLine);
    }
}
