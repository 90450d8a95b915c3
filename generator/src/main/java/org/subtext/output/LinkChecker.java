package org.subtext.output;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * Checks the built site before it is written: every internal link and {@code #anchor} in every page
 * must resolve to a file and an id of the site, and no page may use an id twice.
 */
public final class LinkChecker {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final String basePath;

    /** @param basePath the site's base path, "/" or "/sub/" */
    public LinkChecker(String basePath) {
        this.basePath = basePath;
    }

    public void check(List<OutputFile> files, Diagnostics diagnostics) {
        Set<String> paths = new HashSet<>();
        Map<String, Set<String>> idsByPage = new HashMap<>();
        for (OutputFile file : files) {
            paths.add(file.path());
            if (file.isHtml()) {
                Set<String> ids = new HashSet<>();
                Matcher matcher = ID_ATTRIBUTE.matcher(file.text());
                while (matcher.find()) {
                    if (!ids.add(matcher.group(1))) {
                        diagnostics.error(origin(file), "page " + file.path() + " uses the id '" + matcher.group(1)
                                + "' twice");
                    }
                }
                idsByPage.put(file.path(), ids);
            }
        }
        for (OutputFile file : files) {
            if (!file.isHtml()) {
                continue;
            }
            Matcher matcher = URL_ATTRIBUTE.matcher(file.text());
            while (matcher.find()) {
                String url = matcher.group(1).replace("&amp;", "&");
                checkUrl(file, url, paths, idsByPage, diagnostics);
            }
        }
    }

    private void checkUrl(OutputFile from, String url, Set<String> paths, Map<String, Set<String>> idsByPage,
                          Diagnostics diagnostics) {
        String target;
        String anchor = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            anchor = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        if (url.isEmpty()) {
            target = from.path();
        } else if (url.startsWith(basePath)) {
            target = url.substring(basePath.length());
            int query = target.indexOf('?');
            if (query >= 0) {
                target = target.substring(0, query);
            }
            target = java.net.URLDecoder.decode(target, java.nio.charset.StandardCharsets.UTF_8);
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
        } else if (url.startsWith("/") && !url.startsWith("//")) {
            diagnostics.error(origin(from), "page " + from.path() + " links to " + url
                    + ", outside the site's base path " + basePath);
            return;
        } else {
            return;
        }
        if (!paths.contains(target)) {
            diagnostics.error(origin(from), "page " + from.path() + " links to " + url + (anchor == null ? "" : "#" + anchor)
                    + ", which is not a page or file of the site");
            return;
        }
        if (anchor != null && !anchor.isEmpty() && idsByPage.containsKey(target)
                && !idsByPage.get(target).contains(anchor)) {
            diagnostics.error(origin(from), "page " + from.path() + " links to " + url + "#" + anchor
                    + ", but that page has no id '" + anchor + "'");
        }
    }

    private static SourcePosition origin(OutputFile file) {
        return SourcePosition.ofFile(file.origin() != null ? file.origin() : file.path());
    }
}
