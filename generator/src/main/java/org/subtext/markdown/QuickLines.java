package org.subtext.markdown;

import java.util.Arrays;

/**
 * {@link QuickMarkdown}'s text cut into lines, with the small measures its block reader, inline
 * reader and writer share: list markers, labels, table cells.
 */
final class QuickLines {

    final String md;
    /**
     * Line starts and ends of the text: the end is exclusive and leaves out the line break and
     * trailing spaces, whose number is kept (two or more inside a paragraph make a hard break).
     */
    private int[] lineStart = new int[64];
    private int[] lineEnd = new int[64];
    private int[] trailing = new int[64];
    private int lineCount;

    private QuickLines(String md) {
        this.md = md;
    }

    /** The text's lines, or null for a text with carriage returns, tabs or NUL, which are not read here. */
    static QuickLines split(String md) {
        QuickLines lines = new QuickLines(md);
        int from = 0;
        int length = md.length();
        while (from < length) {
            int end = md.indexOf('\n', from);
            if (end < 0) {
                end = length;
            }
            lines.addLine(from, end);
            from = end + 1;
        }
        for (int i = 0; i < length; i++) {
            char c = md.charAt(i);
            if (c == '\r' || c == '\t' || c == 0) {
                return null;
            }
        }
        return lines;
    }

    private void addLine(int from, int end) {
        if (lineCount == lineStart.length) {
            lineStart = Arrays.copyOf(lineStart, lineCount * 2);
            lineEnd = Arrays.copyOf(lineEnd, lineCount * 2);
            trailing = Arrays.copyOf(trailing, lineCount * 2);
        }
        int trimmed = end;
        while (trimmed > from && md.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        lineStart[lineCount] = from;
        lineEnd[lineCount] = trimmed;
        trailing[lineCount] = end - trimmed;
        lineCount++;
    }

    int count() {
        return lineCount;
    }

    int start(int line) {
        return lineStart[line];
    }

    int end(int line) {
        return lineEnd[line];
    }

    int trailing(int line) {
        return trailing[line];
    }

    boolean blank(int line) {
        return line >= lineCount || lineStart[line] == lineEnd[line];
    }

    char at(int offset) {
        return offset < md.length() ? md.charAt(offset) : '\n';
    }

    /** The length of an ordered list marker with its space ("12. "), or 0. */
    int numbered(int from, int end) {
        int i = from;
        while (i < end && i - from < 9 && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
            i++;
        }
        if (i == from || i >= end || md.charAt(i) != '.' && md.charAt(i) != ')') {
            return 0;
        }
        if (i + 1 == end) {
            return -1; // an empty item, not read here
        }
        return md.charAt(i + 1) == ' ' ? i + 2 - from : 0;
    }

    boolean label(int from, int end) {
        if (from >= end || end - from > 200) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = md.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Where a cell's content starts, past its spaces. */
    int cellStart(int from, int bar) {
        int a = from;
        while (a < bar && md.charAt(a) == ' ') {
            a++;
        }
        return a;
    }

    /** Where a cell's content ends, before its spaces. */
    int cellEnd(int start, int bar) {
        int b = bar;
        while (b > start && md.charAt(b - 1) == ' ') {
            b--;
        }
        return b;
    }

    int cells(int line) {
        int count = -1;
        for (int i = lineStart[line]; i < lineEnd[line]; i++) {
            if (md.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }
}
