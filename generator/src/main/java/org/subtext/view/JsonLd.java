package org.subtext.view;

import java.util.List;
import java.util.Map;

import org.subtext.json.Json;

/**
 * Writes JSON-LD for a {@code <script type="application/ld+json">} block. Every '<', '>' and '&'
 * is escaped as a JSON unicode escape, so no text can close the script element.
 */
final class JsonLd {

    private JsonLd() {
    }

    static String write(Map<String, Object> value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                Json.quote(out, entry.getKey());
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else {
            Json.quote(out, String.valueOf(value));
        }
    }
}
