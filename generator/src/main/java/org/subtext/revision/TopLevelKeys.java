package org.subtext.revision;

import org.subtext.diag.SourcePosition;

/**
 * Where a top-level key of a file's front matter is written: block-style front matter starts each
 * at the line's first column, between the opening and the closing {@code ---}. A key not written
 * so (absent, or inside a flow map) gives the whole file.
 */
final class TopLevelKeys {

    private TopLevelKeys() {
    }

    /** The position of the key itself. */
    static SourcePosition keyOf(String text, String file, String key) {
        return find(text, file, key, false);
    }

    /** The position of the key's value, where a diff shows the change. */
    static SourcePosition valueOf(String text, String file, String key) {
        return find(text, file, key, true);
    }

    private static SourcePosition find(String text, String file, String key, boolean value) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length && !lines[i].stripTrailing().equals("---"); i++) {
            if (lines[i].startsWith(key + ":")) {
                int column = key.length() + 1;
                while (value && column < lines[i].length() && lines[i].charAt(column) == ' ') {
                    column++;
                }
                return new SourcePosition(file, i + 1, value ? column + 1 : 1);
            }
        }
        return SourcePosition.ofFile(file);
    }
}
