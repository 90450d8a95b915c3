package org.subtext.frontmatter;

import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;
import org.subtext.source.SourceFile;

/** Separates the YAML front matter between two {@code ---} lines from the Markdown body. */
public final class FrontMatterSplitter {

    /** {@code yamlFirstLine} and {@code bodyFirstLine} are 1-based lines of the file. */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    public sealed interface Result {
    }

    public record Ok(Split split) implements Result {
    }

    public record Failed(Diagnostic diagnostic) implements Result {
    }

    private FrontMatterSplitter() {
    }

    public static Result split(SourceFile file) {
        String text = file.text();
        if (text.isBlank()) {
            return new Failed(Diagnostic.error(new SourcePosition(file.displayPath(), 1, 1),
                    "empty file: an explainer or actor starts with front matter between '---' lines"));
        }
        if (!isDelimiter(firstLine(text, 0))) {
            return new Failed(Diagnostic.error(new SourcePosition(file.displayPath(), 1, 1),
                    "missing front matter: the file must start with a line '---'"));
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            String current = firstLine(text, lineStart);
            if (isDelimiter(current)) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                int bodyStart = Math.min(text.length(), lineStart + current.length() + 1);
                return new Ok(new Split(yaml, 2, text.substring(bodyStart), line + 1));
            }
            int next = text.indexOf('\n', lineStart);
            if (next < 0) {
                break;
            }
            lineStart = next + 1;
            line++;
        }
        return new Failed(Diagnostic.error(new SourcePosition(file.displayPath(), 1, 1),
                "front matter is not closed: add a line '---' after the last key"));
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }
}
