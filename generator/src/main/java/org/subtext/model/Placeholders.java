package org.subtext.model;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * The rule for text a writer has yet to write: {@code subtext new} starts each such text with
 * {@code TODO:}, and so may a writer. Fine in a draft; in an explainer or page that is published,
 * an error at the text, so that a scaffold cannot go out unchanged.
 */
public final class Placeholders {

    public static final String MARK = "TODO:";

    private Placeholders() {
    }

    public static boolean isPlaceholder(String text) {
        return text != null && text.strip().startsWith(MARK);
    }

    /** The error for a placeholder left in {@code what} ("summary", "the body") of a published file. */
    public static String message(String what, String kind) {
        return what + " is still a placeholder (it starts with '" + MARK + "'): write it, or set 'draft: true'"
                + " until the " + kind + " is ready to publish";
    }

    /** Reports the first placeholder line of a published file's body, at that line. */
    public static void checkBody(String body, String file, int bodyFirstLine, String kind, Diagnostics diagnostics) {
        int line = firstLineInBody(body);
        if (line >= 0) {
            diagnostics.error(new SourcePosition(file, bodyFirstLine + line, 1), message("a line of the body", kind));
        }
    }

    /** The 0-based index of the body's first line that starts with the mark (at column 1), outside fenced code, or -1. */
    static int firstLineInBody(String body) {
        String[] lines = body.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (fence == null && (line.startsWith("```") || line.startsWith("~~~"))) {
                fence = line.substring(0, 3);
            } else if (fence != null && line.startsWith(fence)) {
                fence = null;
            } else if (fence == null && lines[i].startsWith(MARK)) {
                return i;
            }
        }
        return -1;
    }
}
