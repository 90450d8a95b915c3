package org.subtext.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.subtext.markdown.Html;

/**
 * Sanitised HTML as a template reads it: safe, so the autoescaper leaves it alone, and still in
 * UTF-8, so that {@link PageWriter} copies its bytes into the page. Printed through {@code | raw}
 * it becomes text first, with the same result.
 */
final class SafeHtml extends SafeString {

    private final Html html;

    SafeHtml(Html html) {
        super(null);
        this.html = html;
    }

    byte[] utf8() {
        return html.utf8();
    }

    @Override
    public String toString() {
        return html.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
