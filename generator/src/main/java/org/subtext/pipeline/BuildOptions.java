package org.subtext.pipeline;

import java.nio.file.Path;

/**
 * What to build: folders, drafts, an optional base URL that overrides site.yaml's, and whether
 * warnings count as errors.
 */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, boolean strict) {

    public BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl) {
        this(content, templates, out, drafts, baseUrl, false);
    }
}
