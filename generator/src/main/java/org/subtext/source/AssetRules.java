package org.subtext.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assets are published as they are, on the site's own origin, so a file a browser would run is
 * refused: HTML and script files outright, SVG files that carry script or event handlers.
 */
final class AssetRules {

    private static final Set<String> REFUSED = Set.of("html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "php",
            "swf", "svgz");
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|<foreignobject|<iframe|<embed|<object|\\son[a-z]+\\s*=|javascript:|<!entity|xlink:href\\s*=\\s*[\"']?data:",
            Pattern.CASE_INSENSITIVE);

    private AssetRules() {
    }

    /** Why {@code file} may not be published, or empty when it may. */
    static Optional<String> problem(String name, Path file) throws IOException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (REFUSED.contains(extension)) {
            return Optional.of("assets cannot be ." + extension + " files: a browser would run them as part of"
                    + " the site");
        }
        if (extension.equals("svg") || extension.equals("xml")) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (ACTIVE_SVG.matcher(text).find()) {
                return Optional.of("SVG asset holds script, event handlers or embedded documents: remove them"
                        + " (or export the image as PNG)");
            }
        }
        return Optional.empty();
    }
}
