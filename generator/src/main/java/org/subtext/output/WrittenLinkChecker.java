package org.subtext.output;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.Suggestions;
import org.subtext.markdown.WrittenUrl;

/**
 * Resolves the URLs writers wrote in Markdown against the files of the site, and reports each one
 * that leads nowhere where it was written, with the URL that was likely meant. A relative URL
 * resolves against the page it is on, as a browser resolves it ({@code assets/map.svg} in an
 * explainer is {@code /explainers/<slug>/assets/map.svg}).
 */
public final class WrittenLinkChecker {

    /** The folder of a page ("explainers/x/") and the URLs written in the Markdown it shows. */
    public record Page(String folder, List<WrittenUrl> urls) {
        public Page {
            urls = List.copyOf(urls);
        }
    }

    private final String basePath;

    /** @param basePath the site's base path, "/" or "/sub/", which site-root URLs get in front */
    public WrittenLinkChecker(String basePath) {
        this.basePath = basePath;
    }

    /**
     * Reports the URLs that do not resolve to a file of {@code paths}; gives them as the page check
     * meets them (the content file, a newline, the URL as on the page), so that it does not report
     * them a second time, without a position.
     */
    public Set<String> check(List<Page> pages, Set<String> paths, Diagnostics diagnostics) {
        Set<String> reported = new HashSet<>();
        List<String> known = null;
        for (Page page : pages) {
            for (WrittenUrl written : page.urls()) {
                String url = written.url();
                String target = target(page.folder(), url);
                if (target != null && paths.contains(target)) {
                    continue;
                }
                if (known == null) {
                    known = siteUrls(paths);
                }
                String what = (written.kind() == WrittenUrl.Kind.LINK ? "link to " : "image ") + url;
                String resolved = target == null ? null : "/" + (target.endsWith("index.html")
                        ? target.substring(0, target.length() - "index.html".length()) : target);
                String problem = target == null ? what + ", which points above the site's top folder"
                        : what + (url.startsWith("/") ? "" : " (relative to this page: " + resolved + ")")
                                + ", which is not a " + (written.kind() == WrittenUrl.Kind.IMAGE ? "" : "page or ")
                                + "file of the site";
                diagnostics.error(written.position(), problem + hint(url, resolved, paths, known));
                reported.add(written.position().file() + "\n" + (url.startsWith("/")
                        ? basePath + url.substring(1) : url));
            }
        }
        return reported;
    }

    /**
     * " (did you mean /x?)": the URL from the site's top, a missing slash, the one file of the site with
     * that name, or the closest URL of the site.
     */
    private static String hint(String url, String resolved, Set<String> paths, List<String> known) {
        String path = url.replaceAll("[?#].*$", "");
        if (!url.startsWith("/") && !path.startsWith(".")) {
            String fromTop = target("", path);
            if (fromTop != null && paths.contains(fromTop)) {
                return " (did you mean /" + path + "?)";
            }
        }
        if (resolved == null) {
            return "";
        }
        if (!resolved.endsWith("/") && paths.contains(resolved.substring(1) + "/index.html")) {
            return " (did you mean " + resolved + "/?)";
        }
        String name = resolved.substring(resolved.lastIndexOf('/') + 1);
        if (!name.isEmpty()) {
            List<String> sameName = known.stream().filter(k -> k.endsWith("/" + name)).toList();
            if (sameName.size() == 1) {
                return " (did you mean " + sameName.get(0) + "?)";
            }
        }
        return Suggestions.closest(resolved, known).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    /** Every URL of the site as written from its top: "/timeline/", "/assets/map.svg". */
    private static List<String> siteUrls(Set<String> paths) {
        List<String> urls = new ArrayList<>();
        for (String path : paths) {
            urls.add("/" + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                    : path));
        }
        return urls;
    }

    /**
     * The file of the site that {@code url}, written on a page in {@code folder}, leads to
     * ("timeline/index.html"); null when it climbs above the site's top folder.
     */
    static String target(String folder, String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (path.indexOf('%') >= 0) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        String joined = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = joined.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
                if (last) {
                    parts.add("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    parts.add("");
                }
            } else if (!segment.isEmpty() || last) {
                parts.add(segment);
            }
        }
        String target = String.join("/", parts);
        return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
    }
}
