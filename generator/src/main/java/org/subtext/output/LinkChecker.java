package org.subtext.output;

import java.util.ArrayList;
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
    private final ScanCache cache;

    /** @param basePath the site's base path, "/" or "/sub/" */
    public LinkChecker(String basePath) {
        this(basePath, null);
    }

    /** @param cache page scans kept from the previous build of a live preview, or null */
    public LinkChecker(String basePath, ScanCache cache) {
        this.basePath = basePath;
        this.cache = cache;
    }

    /** Scans of pages by path, reused while a page's bytes stay the same. */
    public static final class ScanCache {
        private final Map<String, PageScan> scans = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** What one page links to and which ids it has; pages are read independently, on all cores. */
    private record PageScan(OutputFile file, Set<String> ids, List<String> duplicateIds, List<String> urls) {
    }

    public void check(List<OutputFile> files, Diagnostics diagnostics) {
        Set<String> paths = new HashSet<>();
        files.forEach(file -> paths.add(file.path()));
        List<PageScan> scans = files.parallelStream().filter(OutputFile::isHtml).map(this::scanCached).toList();
        Map<String, Set<String>> idsByPage = new HashMap<>();
        for (PageScan scan : scans) {
            idsByPage.put(scan.file().path(), scan.ids());
            scan.duplicateIds().forEach(id -> diagnostics.error(origin(scan.file()), "page " + scan.file().path()
                    + " uses the id '" + id + "' twice"));
        }
        for (PageScan scan : scans) {
            for (String url : scan.urls()) {
                checkUrl(scan.file(), url, paths, idsByPage, diagnostics);
            }
        }
    }

    private PageScan scanCached(OutputFile file) {
        if (cache == null) {
            return scan(file);
        }
        PageScan previous = cache.scans.get(file.path());
        if (previous != null && java.util.Arrays.equals(previous.file().bytes(), file.bytes())) {
            return new PageScan(file, previous.ids(), previous.duplicateIds(), previous.urls());
        }
        PageScan scan = scan(file);
        cache.scans.put(file.path(), scan);
        return scan;
    }

    private static PageScan scan(OutputFile file) {
        String html = file.text();
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        Matcher idMatcher = ID_ATTRIBUTE.matcher(html);
        while (idMatcher.find()) {
            if (!ids.add(idMatcher.group(1))) {
                duplicates.add(idMatcher.group(1));
            }
        }
        List<String> urls = new ArrayList<>();
        Matcher urlMatcher = URL_ATTRIBUTE.matcher(html);
        while (urlMatcher.find()) {
            urls.add(urlMatcher.group(1).replace("&amp;", "&"));
        }
        return new PageScan(file, ids, duplicates, urls);
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
