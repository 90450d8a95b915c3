package org.subtext.diag;

/**
 * A place in a content or template file. {@code file} is the path as the user would type it
 * ("content/explainers/x.md"); line and column count from 1, and 0 means "the whole file".
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition atLine(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }
}
