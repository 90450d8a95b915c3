package org.subtext.frontmatter;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * Finds plain values that YAML cut short at a comment: in {@code summary: Deal #2? Maybe.} the
 * {@code " #"} starts a comment, so the summary is "Deal" and the rest is dropped without a word.
 * Read from the tree and the text, not inside a reader, so that both YAML readers warn alike. A
 * {@code #} followed by a space ({@code kind: person  # or state}) is taken for a comment meant as one.
 */
final class CommentedValues {

    private CommentedValues() {
    }

    /** Warns at each {@code #} that ended a plain value of {@code root}, read from {@code text}. */
    static void warn(YamlNode root, String text, int firstLine, Diagnostics diagnostics) {
        if (!text.contains(" #")) {
            return;
        }
        String[] lines = text.split("\n", -1);
        walk(root, null, lines, firstLine, diagnostics);
    }

    private static void walk(YamlNode node, String key, String[] lines, int firstLine, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping mapping) {
            mapping.entries().forEach(entry -> walk(entry.value(), entry.key(), lines, firstLine, diagnostics));
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> walk(item, key, lines, firstLine, diagnostics));
        } else if (node instanceof YamlNode.Scalar scalar) {
            check(scalar, key, lines, firstLine, diagnostics);
        }
    }

    private static void check(YamlNode.Scalar scalar, String key, String[] lines, int firstLine,
                              Diagnostics diagnostics) {
        SourcePosition at = scalar.position();
        int index = at.line() - firstLine;
        if (scalar.kind() == YamlNode.Scalar.Kind.NULL || index < 0 || index >= lines.length) {
            return;
        }
        String line = lines[index];
        int from = at.column() - 1;
        // a quoted value (or one YAML read over several lines) is not the text at its position
        if (!line.startsWith(scalar.text(), from)) {
            return;
        }
        int after = from + scalar.text().length();
        int hash = after;
        while (hash < line.length() && line.charAt(hash) == ' ') {
            hash++;
        }
        if (hash == after || hash + 1 >= line.length() || line.charAt(hash) != '#' || line.charAt(hash + 1) == ' ') {
            return;
        }
        String dropped = line.substring(hash).strip();
        String name = key == null ? "this value" : "the value of '" + key + "'";
        String whole = scalar.text() + " " + dropped;
        diagnostics.warning(at.atLine(at.line(), hash + 1), "' #' starts a YAML comment, so " + name + " ends"
                + " before it and '" + dropped + "' is dropped: put the whole value in quotes ("
                + (key == null ? "" : key + ": ") + "\"" + (whole.contains("\"") ? "..." : whole) + "\")");
    }
}
