package org.subtext.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text, URLs and ids written as the OWASP sanitizer ({@code internal/HtmlSanitizer}) writes them,
 * for {@link QuickMarkdown}, which skips the sanitizer. Each method answers false where the
 * sanitizer drops or rewrites a value in a way not copied here, and the text goes to the library.
 */
final class SanitizedText {

    /** The sanitizer's pattern for ids: an id outside it is dropped. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_:.-]{0,120}");

    /** What the sanitizer writes for each ASCII character it encodes ({@code org.owasp.html.Encoding}). */
    private static final String[] ENCODED = new String[0x80];

    static {
        ENCODED['"'] = "&#34;";
        ENCODED['&'] = "&amp;";
        ENCODED['\''] = "&#39;";
        ENCODED['+'] = "&#43;";
        ENCODED['<'] = "&lt;";
        ENCODED['='] = "&#61;";
        ENCODED['>'] = "&gt;";
        ENCODED['@'] = "&#64;";
        ENCODED['`'] = "&#96;";
    }

    private SanitizedText() {
    }

    /** Whether the sanitizer keeps {@code id} as an element's id. */
    static boolean isSafeId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * Appends a link's URL as the sanitizer lets it through: http, https, mailto or no scheme, the
     * base path before site-root URLs, parentheses and braces percent-encoded, then encoded as an
     * attribute; false, with part of it perhaps appended, where the sanitizer drops or rewrites it.
     */
    static boolean appendUrl(StringBuilder out, String url, String sitePrefix) {
        if (url.isEmpty() || url.startsWith("//")) {
            return false;
        }
        // the sanitizer's protocol check: a scheme is what comes before a ':' that precedes any '/', '?' or '#'
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == ':') {
                String scheme = url.substring(0, i).toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                    return false;
                }
                break;
            }
        }
        if (url.charAt(0) == '/') {
            out.append(sitePrefix);
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // URLs with spaces, controls or non-ASCII are normalized in ways not copied here
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
            switch (c) {
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '{' -> out.append("%7b");
                case '}' -> out.append("%7d");
                default -> {
                    String encoded = ENCODED[c];
                    if (encoded != null) {
                        out.append(encoded);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return true;
    }

    /** Appends text as the sanitizer encodes it; false at any character it rewrites otherwise. */
    static boolean appendText(StringBuilder out, CharSequence text) {
        return appendText(out, text, 0, text.length());
    }

    /**
     * Appends characters {@code from} to {@code to} of {@code text} as the sanitizer encodes them;
     * false at any it rewrites otherwise (controls, braces, surrogates, some Indic vowels after a
     * zero-width non-joiner, and the fullwidth and specials blocks).
     */
    static boolean appendText(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                String encoded = ENCODED[c];
                if (encoded != null) {
                    out.append(encoded);
                } else if (c >= 0x20 && c != '{' && c != 0x7f || c == '\n' || c == '\t') {
                    out.append(c);
                } else {
                    return false;
                }
            } else if (c >= 0x900 && c <= 0xD7F || c == 0x200C || c == 0x1FEF || c >= 0xD800) {
                return false;
            } else {
                out.append(c);
            }
        }
        return true;
    }
}
