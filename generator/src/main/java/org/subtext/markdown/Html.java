package org.subtext.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sanitised HTML as the UTF-8 bytes a page is written in. A site keeps every explainer's rendered
 * body until its pages are written, and held as a string one character outside Latin-1 (a
 * footnote's ↩, a curly quote) stores the whole body as UTF-16, twice its size; as bytes it is
 * also copied into a page as it is, not encoded again for every page that shows it.
 */
public final class Html {

    private final byte[] utf8;

    private Html(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static Html of(String html) {
        return new Html(html.getBytes(StandardCharsets.UTF_8));
    }

    /** @param utf8 taken as it is, not copied: no one may change it afterwards */
    public static Html ofUtf8(byte[] utf8) {
        return new Html(utf8);
    }

    /** The bytes themselves, not a copy: to be read, never changed. */
    public byte[] utf8() {
        return utf8;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Html html && Arrays.equals(utf8, html.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    /** The HTML as text. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
