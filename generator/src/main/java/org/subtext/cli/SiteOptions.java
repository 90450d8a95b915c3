package org.subtext.cli;

import java.nio.file.Path;

import org.subtext.build.BuildOptions;
import org.subtext.frontmatter.UrlRules;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that {@code build} and {@code check} share. */
final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--drafts", description = "include explainers marked draft: true")
    boolean drafts;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "absolute URL of the published root, overriding site.yaml's base_url")
    String baseUrl;

    BuildOptions toBuildOptions(CommandLine commandLine, Path out) {
        if (baseUrl != null && !UrlRules.isWebUrl(baseUrl)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--base-url must be an absolute http:// or https:// URL, not '" + baseUrl + "'");
        }
        return new BuildOptions(content, templates, out, drafts, baseUrl, strict);
    }
}
