package org.subtext.pipeline;

import java.nio.file.Path;

import org.subtext.model.PartialDate;

/**
 * What to build: folders, drafts, an optional base URL that overrides site.yaml's, whether warnings
 * count as errors, and the date claims' {@code review_by} is checked against (null: not checked, as
 * in {@code build}, whose output never depends on a date).
 */
public record BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, boolean strict,
                           PartialDate asOf) {

    public BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl, boolean strict) {
        this(content, templates, out, drafts, baseUrl, strict, null);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean drafts, String baseUrl) {
        this(content, templates, out, drafts, baseUrl, false);
    }

    public BuildOptions withAsOf(PartialDate date) {
        return new BuildOptions(content, templates, out, drafts, baseUrl, strict, date);
    }
}
