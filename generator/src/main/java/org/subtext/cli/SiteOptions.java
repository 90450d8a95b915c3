package org.subtext.cli;

import java.nio.file.Path;
import java.util.List;

import org.subtext.pipeline.BuildOptions;
import org.subtext.frontmatter.UrlRules;

/** The options that {@code build}, {@code check} and {@code serve} share. */
final class SiteOptions {

    private SiteOptions() {
    }

    static final Option CONTENT = Option.value("--content", "DIR", "content", "content folder");

    static final List<Option> OPTIONS = List.of(
            CONTENT,
            Option.value("--templates", "DIR", "templates", "templates folder"),
            Option.flag("--drafts", null, "include explainers marked draft: true"),
            Option.flag("--strict", null, "treat warnings as errors"),
            Option.value("--base-url", "URL", null,
                    "absolute URL of the published root, overriding site.yaml's base_url"));

    static BuildOptions toBuildOptions(Arguments arguments, Path out) {
        String baseUrl = arguments.value("--base-url");
        if (baseUrl != null && !UrlRules.isWebUrl(baseUrl)) {
            throw arguments.wrong("--base-url must be an absolute http:// or https:// URL, not '" + baseUrl + "'");
        }
        return new BuildOptions(arguments.path("--content"), arguments.path("--templates"), out,
                arguments.flag("--drafts"), baseUrl, arguments.flag("--strict"));
    }
}
