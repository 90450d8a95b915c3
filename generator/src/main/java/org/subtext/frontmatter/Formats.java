package org.subtext.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Ref;

/** The formats of values that are neither ids nor dates: web addresses and language codes. */
final class Formats {

    static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    static final String LANGUAGE_RULE = "use a BCP 47 tag such as 'en' or 'pt-BR'";

    private final Diagnostics diagnostics;

    Formats(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** An absolute http(s) address, or null (reported when it is something else). */
    String url(MapReader in, String key) {
        MapReader.Text text = in.text(key, false);
        return text == null ? null : url(text);
    }

    List<String> urls(MapReader in, String key) {
        List<String> urls = new ArrayList<>();
        for (MapReader.Text text : in.texts(key)) {
            String url = url(text);
            if (url != null) {
                urls.add(url);
            }
        }
        return urls;
    }

    private String url(MapReader.Text text) {
        if (UrlRules.isWebUrl(text.text())) {
            return text.text();
        }
        diagnostics.error(text.position(), "invalid url '" + text.text() + "' in " + text.path()
                + ": use an absolute http:// or https:// address");
        return null;
    }

    /** A language code as a reference to {@code site.yaml}'s languages, checked there by the graph stage. */
    Ref language(MapReader in, String key) {
        MapReader.Text text = in.text(key, false);
        if (text == null) {
            return null;
        }
        if (!LANGUAGE.matcher(text.text()).matches()) {
            diagnostics.error(text.position(), "invalid language '" + text.text() + "' in " + text.path() + ": "
                    + LANGUAGE_RULE);
            return null;
        }
        return new Ref(text.text(), text.position(), text.path());
    }
}
