package org.subtext.source;

import java.util.Optional;

/**
 * A content file read and decoded: {@code path} is relative to the content folder ('/' separators),
 * {@code displayPath} is the same file as the user names it, for messages.
 */
public record SourceFile(String path, String displayPath, String text) {

    /**
     * A file's bytes from elsewhere than the content folder (an earlier commit, for {@code check
     * --against}), decoded as the loader decodes files on disk; empty when they are not text.
     */
    public static Optional<SourceFile> decode(String path, String displayPath, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(displayPath, bytes);
        return decoded.error().isPresent() ? Optional.empty()
                : Optional.of(new SourceFile(path, displayPath, decoded.text()));
    }

    /** The file name without folder and extension: an explainer's slug or an actor's id. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
