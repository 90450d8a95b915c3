package org.subtext.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link QuickMarkdown}'s block reader: finds the headings, paragraphs, lists, quotes, tables and
 * footnotes of a text, declining (null) any line that could be read another way.
 */
final class QuickBlocks {

    enum Kind { PARAGRAPH, HEADING, BULLETS, NUMBERS, QUOTE, TABLE, NOTE }

    /**
     * A block: its kind, its first line and its line count, and how many characters of each line come
     * before its content ("## " of a heading, "> " of a quote, "[^1]: " of a footnote; list markers
     * are measured line by line).
     */
    record Block(Kind kind, int firstLine, int lines, int skip) {

        /** A heading's level, from its run of '#'. */
        int level() {
            return skip - 1;
        }
    }

    final List<Block> blocks = new ArrayList<>();
    final QuickFootnotes footnotes = new QuickFootnotes();

    private final QuickLines lines;
    private final String md;

    private QuickBlocks(QuickLines lines) {
        this.lines = lines;
        this.md = lines.md;
    }

    /** The text's blocks, or null to go to the library. */
    static QuickBlocks read(QuickLines lines) {
        QuickBlocks read = new QuickBlocks(lines);
        return read.readBlocks() ? read : null;
    }

    private boolean readBlocks() {
        int line = 0;
        while (line < lines.count()) {
            int from = lines.start(line);
            int end = lines.end(line);
            if (from == end) {
                line++;
                continue;
            }
            char c = md.charAt(from);
            if (c == '#') {
                int level = 0;
                while (from + level < end && md.charAt(from + level) == '#') {
                    level++;
                }
                if (level > 6 || from + level + 1 >= end || md.charAt(from + level) != ' '
                        || md.charAt(from + level + 1) == ' ' || md.charAt(end - 1) == '#') {
                    return false;
                }
                blocks.add(new Block(Kind.HEADING, line, 1, level + 1));
                line++;
            } else if (c == '-' || c == '>' || c == '|' || (c >= '0' && c <= '9') && lines.numbered(from, end) > 0) {
                Kind kind = c == '-' ? Kind.BULLETS : c == '>' ? Kind.QUOTE : c == '|' ? Kind.TABLE : Kind.NUMBERS;
                if (kind == Kind.NUMBERS && !(md.charAt(from) == '1' && md.charAt(from + 1) == '.')) {
                    return false;
                }
                int first = line;
                while (line < lines.count() && !lines.blank(line) && sameKind(kind, line)) {
                    if (!contentStartsSafely(line, kind) || kind == Kind.TABLE && lines.trailing(line) > 0
                            || kind == Kind.QUOTE && lines.trailing(line) > 1 && !lines.blank(line + 1)) {
                        return false;
                    }
                    line++;
                }
                // a line of another kind right after is a lazy continuation or starts a block in ways not read here
                if (!lines.blank(line) || line == first) {
                    return false;
                }
                if (kind == Kind.BULLETS || kind == Kind.NUMBERS) {
                    int next = line;
                    while (lines.blank(next) && next < lines.count()) {
                        next++;
                    }
                    // the same kind of list after a blank line would make this one loose
                    if (next < lines.count() && sameKind(kind, next)) {
                        return false;
                    }
                }
                if (kind == Kind.TABLE && !tableShape(first, line - first)) {
                    return false;
                }
                blocks.add(new Block(kind, first, line - first, kind == Kind.QUOTE ? 2 : 0));
            } else if (c == '[' && md.startsWith("[^", from)) {
                int close = md.indexOf("]: ", from);
                if (close < 0 || close > end || !lines.label(from + 2, close) || !lines.blank(line + 1)
                        || !safeStart(close + 3, end)) {
                    return false;
                }
                if (!footnotes.define(md.substring(from + 2, close))) {
                    return false;
                }
                blocks.add(new Block(Kind.NOTE, line, 1, close + 3 - from));
                line++;
            } else {
                int first = line;
                while (line < lines.count() && !lines.blank(line)) {
                    if (!safeStart(lines.start(line), lines.end(line))
                            || lines.trailing(line) > 1 && !lines.blank(line + 1)) {
                        return false;
                    }
                    line++;
                }
                blocks.add(new Block(Kind.PARAGRAPH, first, line - first, 0));
            }
        }
        return true;
    }

    private boolean sameKind(Kind kind, int line) {
        int from = lines.start(line);
        int end = lines.end(line);
        return switch (kind) {
            case BULLETS -> md.startsWith("- ", from);
            case QUOTE -> md.charAt(from) == '>';
            case TABLE -> md.charAt(from) == '|';
            case NUMBERS -> lines.numbered(from, end) > 0 && md.charAt(from + lines.numbered(from, end) - 2) == '.';
            default -> false;
        };
    }

    /** Whether a list item's or quote line's content is plain text that starts no other block. */
    private boolean contentStartsSafely(int line, Kind kind) {
        int from = lines.start(line);
        int end = lines.end(line);
        return switch (kind) {
            case BULLETS -> safeStart(from + 2, end);
            case QUOTE -> md.startsWith("> ", from) && safeStart(from + 2, end);
            case NUMBERS -> lines.numbered(from, end) > 0 && safeStart(from + lines.numbered(from, end), end);
            case TABLE -> md.charAt(end - 1) == '|' && end - from > 1 && plainRow(from, end);
            default -> false;
        };
    }

    /** Nothing in a row that could hide a '|' or be read across cells. */
    private boolean plainRow(int from, int end) {
        for (int i = from; i < end; i++) {
            char c = md.charAt(i);
            if (c == '`' || c == '\\' || c == '[' || c == '<') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line (or a block's content) at {@code from} starts a plain paragraph line, which
     * neither starts another block nor could continue one.
     */
    private boolean safeStart(int from, int end) {
        if (from >= end) {
            return false;
        }
        char c = md.charAt(from);
        if (Character.isLetter(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(') {
            return true;
        }
        if (c >= '0' && c <= '9') {
            return lines.numbered(from, end) == 0;
        }
        if (c == '*') {
            char next = lines.at(from + 1);
            return Character.isLetterOrDigit(next) || next == '*' && Character.isLetterOrDigit(lines.at(from + 2));
        }
        if (c == '[') {
            if (md.startsWith("[[", from)) {
                return true;
            }
            // a reference definition, or a footnote's, starts with a bracketed label and a colon
            int close = md.indexOf(']', from);
            return lines.at(from + 1) != '^' && close > 0 && close < end && lines.at(close + 1) != ':';
        }
        return c == '`' && lines.at(from + 1) != '`';
    }

    private boolean tableShape(int first, int count) {
        if (count < 3) {
            return false;
        }
        int columns = lines.cells(first);
        int sep = first + 1;
        if (columns == 0 || lines.cells(sep) != columns) {
            return false;
        }
        for (int i = lines.start(sep) + 1; i < lines.end(sep); ) {
            int bar = md.indexOf('|', i);
            int a = lines.cellStart(i, bar);
            int b = lines.cellEnd(a, bar);
            if (a < b && md.charAt(a) == ':') {
                a++;
            }
            if (b > a && md.charAt(b - 1) == ':') {
                b--;
            }
            if (b == a) {
                return false;
            }
            for (int k = a; k < b; k++) {
                if (md.charAt(k) != '-') {
                    return false;
                }
            }
            i = bar + 1;
        }
        for (int line = first + 2; line < first + count; line++) {
            if (lines.cells(line) != columns) {
                return false;
            }
        }
        return true;
    }
}
