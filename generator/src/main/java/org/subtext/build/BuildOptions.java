package org.subtext.build;

import java.nio.file.Path;

/** What to build: folders, drafts, and an optional base URL that overrides site.yaml's. */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl) {
}
