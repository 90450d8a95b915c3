package org.subtext.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plain text of rendered (sanitised) HTML, cut at its {@code h2} and {@code h3} headings, so that
 * a word of a body paragraph links to the heading above it. One linear pass over HTML the build has
 * already made: the Markdown is not rendered again for search.
 */
final class HtmlSections {

    /** Text before the first heading has {@code id} null; {@code heading} is the heading's text. */
    record Section(String id, String heading, String text) {
    }

    /** Tags inside a word's run: dropped without a space, so "<em>un</em>likely" stays one word. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "del", "em", "i", "ins",
            "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "time", "u");

    private HtmlSections() {
    }

    static List<Section> of(String html) {
        List<Section> sections = new ArrayList<>();
        if (html == null) {
            return sections;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder heading = null;
        String id = null;
        String title = null;
        String headingId = null;
        String closing = null;
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            StringBuilder into = heading != null ? heading : text;
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, end);
                String name = name(tag);
                if (closing == null && (name.equals("h2") || name.equals("h3"))) {
                    heading = new StringBuilder();
                    headingId = attribute(tag, "id");
                    closing = "/" + name;
                } else if (name.equals(closing)) {
                    if (headingId == null) {
                        // a heading without an id cannot be linked to: its words join the section above
                        text.append(' ').append(heading).append(' ');
                    } else {
                        add(sections, id, title, text);
                        id = headingId;
                        title = clean(heading);
                        text.setLength(0);
                    }
                    heading = null;
                    closing = null;
                } else if (!INLINE.contains(name.startsWith("/") ? name.substring(1) : name)) {
                    into.append(' ');
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    into.append(entity(html.substring(i + 1, semi)));
                    i = semi + 1;
                } else {
                    into.append(c);
                    i++;
                }
            } else {
                // text up to the next tag or reference, copied as one run
                int stop = i + 1;
                while (stop < n && html.charAt(stop) != '<' && html.charAt(stop) != '&') {
                    stop++;
                }
                into.append(html, i, stop);
                i = stop;
            }
        }
        add(sections, id, title, text);
        return sections;
    }

    private static void add(List<Section> sections, String id, String title, StringBuilder text) {
        String clean = clean(text);
        if (id != null || !clean.isEmpty()) {
            sections.add(new Section(id, title, clean));
        }
    }

    private static String name(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/'
                || end == 0 && end < tag.length() && tag.charAt(0) == '/') {
            end++;
        }
        return tag.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static String attribute(String tag, String attribute) {
        String key = " " + attribute + "=\"";
        int at = tag.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        int end = tag.indexOf('"', start);
        return end < 0 ? null : tag.substring(start, end);
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notANumber) {
            // not a character reference: kept as written
        }
        return "&" + name + ";";
    }

    /** All the text of {@code html}, headings included. */
    static String text(String html) {
        StringBuilder out = new StringBuilder();
        for (Section s : of(html)) {
            if (s.heading() != null) {
                out.append(s.heading()).append(' ');
            }
            out.append(s.text()).append(' ');
        }
        return clean(out);
    }

    /** Runs of white space as one space, trimmed. */
    static String clean(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
