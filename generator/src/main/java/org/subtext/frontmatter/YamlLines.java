package org.subtext.frontmatter;

import java.util.Arrays;

/**
 * The lines of a YAML text that hold content, for {@link BlockYamlReader}: each one's offset, the
 * indent of its first character, the end of its content (trailing spaces dropped) and its 0-based
 * number. Blank and comment-only lines are left out.
 */
final class YamlLines {

    final int[] start;
    final int[] indent;
    final int[] end;
    final int[] number;
    final int count;

    YamlLines(String text) {
        int capacity = 16;
        int[] s = new int[capacity];
        int[] in = new int[capacity];
        int[] e = new int[capacity];
        int[] n = new int[capacity];
        int lines = 0;
        int lineNumber = 0;
        int at = 0;
        while (at <= text.length()) {
            int newline = text.indexOf('\n', at);
            int stop = newline < 0 ? text.length() : newline;
            int first = at;
            while (first < stop && text.charAt(first) == ' ') {
                first++;
            }
            int last = stop;
            while (last > first && text.charAt(last - 1) == ' ') {
                last--;
            }
            if (first < last && text.charAt(first) != '#') {
                if (lines == s.length) {
                    capacity *= 2;
                    s = Arrays.copyOf(s, capacity);
                    in = Arrays.copyOf(in, capacity);
                    e = Arrays.copyOf(e, capacity);
                    n = Arrays.copyOf(n, capacity);
                }
                s[lines] = at;
                in[lines] = first - at;
                e[lines] = last;
                n[lines] = lineNumber;
                lines++;
            }
            if (newline < 0) {
                break;
            }
            at = newline + 1;
            lineNumber++;
        }
        this.start = s;
        this.indent = in;
        this.end = e;
        this.number = n;
        this.count = lines;
    }
}
