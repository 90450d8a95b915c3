package org.subtext.markdown;

import java.util.Arrays;

import org.subtext.diag.SourcePosition;

/**
 * Where each line of a text starts, so that the positions of a document's many links cost a
 * binary search each: Flexmark's {@code Document.getLineNumber} counts lines from the start
 * for every call.
 */
final class LineStarts {
    private final int[] starts;
    private final int count;

    LineStarts(CharSequence text) {
        int[] found = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a line ends at \n, \r\n or a lone \r, as for Flexmark
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    /** The position of {@code offset}, on the lines that follow {@code start}. */
    SourcePosition position(int offset, SourcePosition start) {
        int line = Arrays.binarySearch(starts, 0, count, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return start.atLine(start.line() + line, offset - starts[line] + 1);
    }
}
