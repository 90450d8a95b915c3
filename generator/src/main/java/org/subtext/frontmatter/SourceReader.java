package org.subtext.frontmatter;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Source;

/** Reads one cited source, and warns when its address is a site's home page rather than a document. */
final class SourceReader {

    static final Set<String> KEYS = MapReader.keys("id", "title", "url", "publisher", "date", "archived",
            "accessed");
    // "", "/", or a bare two-letter language code such as "/en/" or "/en-gb": the front page of a site or
    // of an edition; three letters would take in paths such as "/faq"
    private static final Pattern HOME_PAGE = Pattern.compile("/?|/[A-Za-z]{2}(-[A-Za-z0-9]{2,4})?/?");

    private final Diagnostics diagnostics;
    private final Formats formats;

    SourceReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.formats = new Formats(diagnostics);
    }

    Source read(MapReader in) {
        String id = in.id("id");
        String title = in.string("title", true);
        String url = formats.url(in, "url");
        if (url != null && isHomePage(url)) {
            diagnostics.warning(in.positionOf("url"), "url '" + url + "' in " + in.path("url") + " is a home page:"
                    + " link the document itself, not the home page, so that readers can find what it says");
        }
        Source source = new Source(id, in.position(), title, url, in.string("publisher", false),
                in.date("date", false), formats.url(in, "archived"), in.date("accessed", false));
        return id == null || title == null ? null : source;
    }

    static boolean isHomePage(String url) {
        String path = URI.create(url).getRawPath();
        return path == null || HOME_PAGE.matcher(path).matches();
    }
}
