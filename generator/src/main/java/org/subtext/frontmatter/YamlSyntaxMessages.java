package org.subtext.frontmatter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's syntax errors in a writer's words, at the place the mistake was made: a value with
 * ': ' in it, curly quotes pasted from a word processor, a key indented more or less than the key
 * above it, a quote never closed. Each explanation is tried only where the parser's message and the
 * text agree on it; anything else keeps the parser's own words.
 */
final class YamlSyntaxMessages {

    /** A key at the start of a line, alone or as a list entry's first key. */
    private static final Pattern KEY_AT_START = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z0-9_-]+):(?:\\s|$)");
    /** A key whose value starts with a typographic quote. */
    private static final Pattern CURLY_VALUE = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z0-9_-]+):\\s+([“”‘’„«»])");

    /** A message and where it points: 0-based line and column in the YAML text. */
    record Explained(int line, int column, String message) {
    }

    private final String[] lines;
    /** The file line the YAML starts on, for messages that name another line. */
    private final int firstLine;

    YamlSyntaxMessages(String yaml, int firstLine) {
        this.lines = yaml.split("\n", -1);
        this.firstLine = firstLine;
    }

    /**
     * The writer's explanation of a parser error at {@code line}:{@code column} (0-based), whose
     * context, if any, started at {@code contextLine}; or null where none fits.
     */
    Explained explain(String problem, String context, int line, int column, int contextLine) {
        Explained curly = curlyQuotes(line);
        if (curly == null && contextLine >= 0) {
            curly = curlyQuotes(contextLine);
        }
        if (curly != null) {
            return curly;
        }
        if (problem.startsWith("found unexpected end of stream") && context != null
                && context.contains("quoted scalar") && contextLine >= 0) {
            return unclosedQuote(contextLine);
        }
        if (problem.startsWith("mapping values are not allowed")) {
            Explained colon = colonInValue(line, column);
            return colon != null ? colon : misplacedKey(line);
        }
        if (problem.startsWith("expected <block end>")) {
            return line(line).stripLeading().startsWith("- ") ? misplacedItem(line) : misplacedKey(line);
        }
        return null;
    }

    private String line(int index) {
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    private Explained curlyQuotes(int index) {
        Matcher value = CURLY_VALUE.matcher(line(index));
        if (!value.find()) {
            return null;
        }
        String key = value.group(1);
        return new Explained(index, value.start(2), "the value of '" + key + "' starts with a curly quote ("
                + value.group(2) + "), as word processors write them, which YAML does not read as a quote:"
                + " use straight quotes (" + key + ": \"...\")");
    }

    /**
     * "Mapping values are not allowed here" nearly always means a plain value with ': ' in it (a
     * title, a quotation), which YAML takes for another key: say so, and what to do.
     */
    private Explained colonInValue(int index, int column) {
        Matcher key = KEY_AT_START.matcher(line(index));
        if (!key.find() || column < key.end()) {
            return null;
        }
        return new Explained(index, column, "the value of '" + key.group(1) + "' contains ': ', which YAML reads"
                + " as the start of another key: put the whole value in quotes (" + key.group(1) + ": \"...\")");
    }

    /** A key out of line with the key written just above it, which is the one it most likely belongs with. */
    private Explained misplacedKey(int index) {
        Matcher key = KEY_AT_START.matcher(line(index));
        if (!key.find()) {
            return null;
        }
        for (int above = index - 1; above >= 0; above--) {
            String text = line(above);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher sibling = KEY_AT_START.matcher(text);
            if (!sibling.find() || sibling.start(1) == key.start(1)) {
                return null;
            }
            int at = key.start(1);
            int expected = sibling.start(1);
            return new Explained(index, at, "key '" + key.group(1) + "' is indented " + (at > expected ? "more" : "less")
                    + " than '" + sibling.group(1) + "' on the line above, so YAML cannot tell which map it belongs"
                    + " to: start it at column " + (expected + 1) + ", as '" + sibling.group(1) + "' does");
        }
        return null;
    }

    /** A list item ("- ...") to the left of the item above it, whose list it most likely belongs to. */
    private Explained misplacedItem(int index) {
        int dash = indent(line(index));
        for (int above = index - 1; above >= 0; above--) {
            String text = line(above);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            int at = indent(text);
            if (text.startsWith("- ", at) && at != dash) {
                return new Explained(index, dash, "this list item is indented " + (dash > at ? "more" : "less")
                        + " than the item on line " + (above + firstLine) + ", so YAML cannot tell which list"
                        + " it belongs to: put its '-' at column " + (at + 1) + ", as the item above does");
            }
            if (at <= dash) {
                return null;
            }
        }
        return null;
    }

    private static int indent(String text) {
        int at = 0;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** A quoted value whose closing quote never comes: YAML reads on to the end of the front matter. */
    private Explained unclosedQuote(int index) {
        String text = line(index);
        Matcher key = KEY_AT_START.matcher(text);
        int quote = key.find() ? key.end() : 0;
        while (quote < text.length() && text.charAt(quote) != '"' && text.charAt(quote) != '\'') {
            quote++;
        }
        if (quote == text.length()) {
            return null;
        }
        String name = key.find(0) ? "the value of '" + key.group(1) + "'" : "this value";
        return new Explained(index, quote, "the quote (" + text.charAt(quote) + ") that opens " + name
                + " is never closed: end the value with the same quote on this line");
    }
}
