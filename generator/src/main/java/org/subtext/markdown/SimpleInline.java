package org.subtext.markdown;

/**
 * Renders the commonest inline fields, plain sentences with perhaps some {@code *emphasised words*},
 * straight to the HTML that Flexmark and the sanitizer would give them together (a property test holds
 * the two equal). Anything else, even a character Markdown might read, is left to Flexmark.
 */
final class SimpleInline {

    /** Characters with no meaning to Markdown anywhere in a one-line paragraph. */
    private static final String PUNCTUATION = " ,.;:'\"?()%$/€£–—’‘“”-";
    /** Characters that may follow a closing '*' and keep it a closer that cannot open. */
    private static final String AFTER_EMPHASIS = " ,.;:'\"?)’”–—-";

    private SimpleInline() {
    }

    /** The HTML of {@code text}, or null when it is not simple. */
    static String render(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(length - 1) == ' ') {
            return null;
        }
        char first = text.charAt(0);
        // a line starting otherwise could be a list, heading, quote or code block
        if (!Character.isLetter(first) && "\"'“‘(*".indexOf(first) < 0) {
            return null;
        }
        StringBuilder html = new StringBuilder(length + 16);
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '*') {
                int close = text.indexOf('*', i + 1);
                if (!opens(text, i) || close < 0 || !closes(text, close)) {
                    return null;
                }
                html.append("<em>");
                for (int j = i + 1; j < close; j++) {
                    if (!append(html, text.charAt(j))) {
                        return null;
                    }
                }
                html.append("</em>");
                i = close + 1;
            } else if (append(html, c)) {
                i++;
            } else {
                return null;
            }
        }
        return html.toString();
    }

    /** An opener that cannot close: at the start or after a space, before a letter or digit. */
    private static boolean opens(String text, int at) {
        return (at == 0 || text.charAt(at - 1) == ' ') && at + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /** A closer that cannot open: after a letter or digit, before the end, a space or punctuation. */
    private static boolean closes(String text, int at) {
        return Character.isLetterOrDigit(text.charAt(at - 1))
                && (at + 1 == text.length() || AFTER_EMPHASIS.indexOf(text.charAt(at + 1)) >= 0);
    }

    /** Appends a plain character as the sanitizer encodes it; false for any other character. */
    private static boolean append(StringBuilder html, char c) {
        if (c == '"') {
            html.append("&#34;");
        } else if (c == '\'') {
            html.append("&#39;");
        } else if (Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0) {
            html.append(c);
        } else {
            return false;
        }
        return true;
    }
}
