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
        String summary = in.string("summary", false);
        boolean draft = in.bool("draft", false);
        if (!draft) {
            ExplainerReader.placeholders(in, "page", diagnostics, "title", title, "summary", summary);
        }
        return new Page(slug, file, ExplainerReader.orBlank(title), summary,
                in.date("updated", false), new Formats(diagnostics).language(in, "language"), draft,
                body, bodyFirstLine);
    }
}
