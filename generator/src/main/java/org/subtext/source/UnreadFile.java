package org.subtext.source;

import java.nio.file.Path;

/**
 * An explainer file found, its name checked, not yet read: the parse stage reads it
 * ({@link ContentLoader#read}) and parses it on one core, so that its text dies young.
 * {@code known} is the file as a live preview read it before, while the watcher saw no change.
 */
public record UnreadFile(Path file, String path, String displayPath, SourceFile known) {

    /** The file name without folder and extension: the explainer's slug. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
