package org.subtext.source;

/**
 * A content file read and decoded: {@code path} is relative to the content folder ('/' separators),
 * {@code displayPath} is the same file as the user names it, for messages.
 */
public record SourceFile(String path, String displayPath, String text) {

    /** The file name without folder and extension: an explainer's slug or an actor's id. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
