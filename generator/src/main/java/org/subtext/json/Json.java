package org.subtext.json;

import java.util.Locale;

/**
 * JSON string literals for everything the generator writes as JSON (JSON-LD, feeds, the search
 * index, diagnostics). '<', '>' and '&' are escaped as well, so a literal is safe inside a
 * {@code <script>} element and anywhere else.
 */
public final class Json {

    private Json() {
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(out, text);
        return out.toString();
    }

    /** A JSON array of strings. */
    public static String strings(java.util.List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(out, values.get(i));
        }
        return out.append(']').toString();
    }

    public static void quote(StringBuilder out, String text) {
        out.append('"');
        // runs of plain characters are copied whole: the search fragments quote megabytes of text
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028'
                    && c != '\u2029') {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        out.append(text, plain, text.length());
        out.append('"');
    }
}
