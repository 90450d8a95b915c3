package org.subtext.frontmatter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.subtext.diag.SourcePosition;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one fast path in front of the full YAML reader (Jackson over SnakeYAML): reads the
 * block-style YAML that front matter is nearly always written in (maps, lists, one-line scalars,
 * one-line lists in brackets) straight into {@link YamlNode}s, positions included. It declines
 * (null) anything else: multi-line scalars, escapes, anchors, tags, flow maps, odd indentation and
 * every error, which {@link YamlTreeReader} then reads the full way and reports; so this reader
 * never reports. {@code BlockYamlReaderTest} holds it equal to the full reader on real and random input.
 */
final class BlockYamlReader {

    private static final int MAX_DEPTH = 30;

    // Plain scalars are typed by SnakeYAML's own YAML 1.1 rules, as the full reader does.
    private final Resolver resolver = new Resolver();

    /** Thrown to leave the subset; never leaves this class. */
    private static final class Outside extends Exception {
        static final Outside INSTANCE = new Outside();

        private Outside() {
            super(null, null, false, false);
        }
    }

    /** The tree, or null when the text is not in the subset (including every text with an error). */
    YamlNode read(String file, String yaml, int firstLine) {
        if (!plainCharacters(yaml)) {
            return null;
        }
        try {
            return new Parse(file, yaml, firstLine).document();
        } catch (Outside outside) {
            return null;
        }
    }

    /** Tabs, carriage returns, controls, BOMs and surrogates: left to the full reader's rules. */
    private static boolean plainCharacters(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c <= 0xDFFF || c >= 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    private final class Parse {
        final String file;
        final String text;
        final int firstLine;
        // per line (blank and comment-only lines not listed): offset of its first character, its
        // indent, the end of its content and its number
        final int[] start;
        final int[] indent;
        final int[] end;
        final int[] number;
        final int lines;
        int line;
        int scanned;

        Parse(String file, String text, int firstLine) {
            this.file = file;
            this.text = text;
            this.firstLine = firstLine;
            YamlLines table = new YamlLines(text);
            this.start = table.start;
            this.indent = table.indent;
            this.end = table.end;
            this.number = table.number;
            this.lines = table.count;
        }

        SourcePosition position(int lineIndex, int column) {
            return new SourcePosition(file, number[lineIndex] + firstLine, column + 1);
        }

        YamlNode document() throws Outside {
            if (lines == 0) {
                return new YamlNode.Mapping(List.of(), new SourcePosition(file, firstLine, 1));
            }
            if (indent[0] != 0) {
                throw Outside.INSTANCE;
            }
            // a map of keys, or the list of events of an events file
            YamlNode root = block(0, 0);
            if (line < lines) {
                throw Outside.INSTANCE;
            }
            return root;
        }

        /** Whether line {@code i} holds a list entry ("- ...") at {@code column}. */
        boolean isEntry(int i, int column) {
            int at = start[i] + column;
            return text.charAt(at) == '-' && (at + 1 == end[i] || text.charAt(at + 1) == ' ');
        }

        /** The end of a key ("name:") starting at {@code at} on line {@code i}, or -1. */
        int keyEnd(int i, int at) {
            int stop = end[i];
            int p = at;
            if (p >= stop || !PlainScalars.keyStart(text.charAt(p))) {
                return -1;
            }
            while (p < stop && PlainScalars.keyPart(text.charAt(p))) {
                p++;
            }
            if (p < stop && text.charAt(p) == ':' && (p + 1 == stop || text.charAt(p + 1) == ' ')) {
                return p;
            }
            return -1;
        }

        /** A map whose keys sit at {@code column}, its first key on the current line. */
        YamlNode mapping(int column, int depth) throws Outside {
            if (depth > MAX_DEPTH) {
                throw Outside.INSTANCE;
            }
            SourcePosition position = position(line, column);
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (true) {
                int i = line;
                int keyAt = start[i] + column;
                int colon = keyEnd(i, keyAt);
                if (colon < 0) {
                    throw Outside.INSTANCE;
                }
                String key = text.substring(keyAt, colon);
                if (!seen.add(key)) {
                    // the full reader names both lines
                    throw Outside.INSTANCE;
                }
                SourcePosition keyPosition = position(i, column);
                int valueAt = skipSpaces(colon + 1, end[i]);
                YamlNode value;
                if (valueAt == end[i] || text.charAt(valueAt) == '#') {
                    line++;
                    if (line < lines && indent[line] > column) {
                        value = block(indent[line], depth + 1);
                    } else if (line < lines && indent[line] == column && isEntry(line, column)) {
                        value = sequence(column, depth + 1);
                    } else {
                        value = new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL,
                                position(i, colon - start[i] + 1));
                    }
                } else {
                    value = inline(i, valueAt);
                    line++;
                }
                entries.add(new YamlNode.Entry(key, keyPosition, value));
                if (line == lines || indent[line] < column) {
                    return new YamlNode.Mapping(entries, position);
                }
                if (indent[line] > column || isEntry(line, column)) {
                    throw Outside.INSTANCE;
                }
            }
        }

        /** A map or a list that starts a line of its own at {@code column}. */
        YamlNode block(int column, int depth) throws Outside {
            return isEntry(line, column) ? sequence(column, depth) : mapping(column, depth);
        }

        /** A list whose dashes sit at {@code column}, its first entry on the current line. */
        YamlNode sequence(int column, int depth) throws Outside {
            if (depth > MAX_DEPTH) {
                throw Outside.INSTANCE;
            }
            SourcePosition position = position(line, column);
            List<YamlNode> items = new ArrayList<>();
            while (true) {
                int i = line;
                int dash = start[i] + column;
                int itemAt = skipSpaces(dash + 1, end[i]);
                if (itemAt == end[i]) {
                    throw Outside.INSTANCE;
                }
                char first = text.charAt(itemAt);
                if (first == '-' && (itemAt + 1 == end[i] || text.charAt(itemAt + 1) == ' ')) {
                    throw Outside.INSTANCE;
                }
                if (keyEnd(i, itemAt) >= 0) {
                    items.add(mapping(itemAt - start[i], depth + 1));
                } else {
                    items.add(inline(i, itemAt));
                    line++;
                }
                if (line == lines || indent[line] < column) {
                    return new YamlNode.Sequence(items, position);
                }
                if (indent[line] > column) {
                    throw Outside.INSTANCE;
                }
                if (!isEntry(line, column)) {
                    // a key of the map this list is the value of, at the same indent
                    return new YamlNode.Sequence(items, position);
                }
            }
        }

        /** A value that ends on its own line, starting at offset {@code at} of line {@code i}. */
        YamlNode inline(int i, int at) throws Outside {
            int stop = end[i];
            SourcePosition position = position(i, at - start[i]);
            char first = text.charAt(at);
            switch (first) {
                case '"', '\'': {
                    String value = quotedAt(at, stop);
                    requireEnd(scanned, stop);
                    return quoted(value, position);
                }
                case '[':
                    return flowList(i, at, position);
                case '{', ']', '}', ',', '|', '>', '&', '*', '!', '%', '@', '`', '?', ':', '#', '-':
                    throw Outside.INSTANCE;
                default: {
                    int p = at;
                    int last = at;
                    while (p < stop) {
                        char c = text.charAt(p);
                        if (c == ' ' && p + 1 < stop && text.charAt(p + 1) == '#') {
                            break;
                        }
                        if (c == ':' && (p + 1 == stop || text.charAt(p + 1) == ' ')) {
                            throw Outside.INSTANCE;
                        }
                        if (c != ' ') {
                            last = p + 1;
                        }
                        p++;
                    }
                    return plain(text.substring(at, last), position);
                }
            }
        }

        /**
         * A one-line quoted scalar at {@code at}, without escapes; {@link #scanned} is left just
         * past its closing quote.
         */
        String quotedAt(int at, int stop) throws Outside {
            char quote = text.charAt(at);
            if (quote == '"') {
                int close = text.indexOf('"', at + 1);
                if (close < 0 || close >= stop || text.lastIndexOf('\\', close) > at) {
                    throw Outside.INSTANCE;
                }
                scanned = close + 1;
                return text.substring(at + 1, close);
            }
            StringBuilder value = new StringBuilder();
            int p = at + 1;
            while (true) {
                int close = text.indexOf('\'', p);
                if (close < 0 || close >= stop) {
                    throw Outside.INSTANCE;
                }
                value.append(text, p, close);
                if (close + 1 < stop && text.charAt(close + 1) == '\'') {
                    value.append('\'');
                    p = close + 2;
                } else {
                    scanned = close + 1;
                    return value.toString();
                }
            }
        }

        /** "[a, "b", 'c']" on one line: plain words or quoted scalars. */
        YamlNode flowList(int i, int open, SourcePosition position) throws Outside {
            int stop = end[i];
            List<YamlNode> items = new ArrayList<>();
            int p = skipSpaces(open + 1, stop);
            if (p < stop && text.charAt(p) == ']') {
                requireEnd(p + 1, stop);
                return new YamlNode.Sequence(items, position);
            }
            while (p < stop) {
                SourcePosition itemPosition = position(i, p - start[i]);
                char first = text.charAt(p);
                if (first == '"' || first == '\'') {
                    items.add(quoted(quotedAt(p, stop), itemPosition));
                    p = scanned;
                } else {
                    if ("-?:!&*|>%@`,]".indexOf(first) >= 0) {
                        throw Outside.INSTANCE;
                    }
                    int q = p;
                    int last = p;
                    while (q < stop && text.charAt(q) != ',' && text.charAt(q) != ']') {
                        // SnakeYAML ends a plain scalar in a flow list at '?' too, and then refuses what follows
                        if ("[{}\"'#:?".indexOf(text.charAt(q)) >= 0) {
                            throw Outside.INSTANCE;
                        }
                        if (text.charAt(q) != ' ') {
                            last = q + 1;
                        }
                        q++;
                    }
                    items.add(plain(text.substring(p, last), itemPosition));
                    p = q;
                }
                p = skipSpaces(p, stop);
                if (p < stop && text.charAt(p) == ']') {
                    requireEnd(p + 1, stop);
                    return new YamlNode.Sequence(items, position);
                }
                if (p == stop || text.charAt(p) != ',') {
                    throw Outside.INSTANCE;
                }
                p = skipSpaces(p + 1, stop);
            }
            throw Outside.INSTANCE;
        }

        /** Nothing but spaces and a comment may follow a closed value. */
        void requireEnd(int at, int stop) throws Outside {
            if (at == stop) {
                return;
            }
            int p = skipSpaces(at, stop);
            if (p == at || p < stop && text.charAt(p) != '#') {
                throw Outside.INSTANCE;
            }
        }

        int skipSpaces(int at, int stop) {
            while (at < stop && text.charAt(at) == ' ') {
                at++;
            }
            return at;
        }

        YamlNode quoted(String value, SourcePosition position) {
            return new YamlNode.Scalar(value, value.isEmpty() ? YamlNode.Scalar.Kind.NULL
                    : YamlNode.Scalar.Kind.STRING, position);
        }

        YamlNode plain(String value, SourcePosition position) throws Outside {
            if (PlainScalars.plainText(value)) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.STRING, position);
            }
            Tag tag = resolver.resolve(NodeId.scalar, value, true);
            if (Tag.STR.equals(tag) || Tag.TIMESTAMP.equals(tag)) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.STRING, position);
            }
            if (Tag.NULL.equals(tag)) {
                return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, position);
            }
            if ((Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) && PlainScalars.simpleNumber(value)) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.NUMBER, position);
            }
            if (Tag.BOOL.equals(tag) && (value.equals("true") || value.equals("false"))) {
                return new YamlNode.Scalar(value, YamlNode.Scalar.Kind.BOOLEAN, position);
            }
            // yes, on, octal, hex, sexagesimal and the like: the full reader knows Jackson's reading
            throw Outside.INSTANCE;
        }
    }
}
