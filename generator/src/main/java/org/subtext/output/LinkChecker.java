package org.subtext.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.WrittenUrl;

/**
 * Checks the built site before it is published: every internal link and {@code #anchor} in every page
 * must resolve to a file and an id of the site, and no page may use an id twice. Pages are scanned
 * as they are rendered (so a build need not keep them), and the links are resolved once all are known.
 */
public final class LinkChecker {

    private final String basePath;
    private final ScanCache cache;
    /**
     * One string for each distinct URL and id of the site, found by its bytes: pages repeat the same
     * ones (the header's, actors', tags'), the scans of every page stay live until the check, and a
     * value met before is then neither decoded nor hashed as a string again.
     */
    private final Map<Bytes, String> distinct = new ConcurrentHashMap<>();

    /** @param basePath the site's base path, "/" or "/sub/" */
    public LinkChecker(String basePath) {
        this(basePath, null);
    }

    /** @param cache page scans kept from the previous build of a live preview, or null */
    public LinkChecker(String basePath, ScanCache cache) {
        this.basePath = basePath;
        this.cache = cache;
    }

    /**
     * Scans of pages by path, reused while a page's text stays the same, and what the last check saw:
     * while no file and no id of the site changes, only the links of changed pages need resolving.
     */
    public static final class ScanCache {
        private final Map<String, Scanned> scans = new ConcurrentHashMap<>();
        private Set<String> checkedPaths = Set.of();
        /** Ids by page as the last check that passed saw them; updated in place by the next. */
        private Map<String, Set<String>> checkedIds = new HashMap<>();
    }

    private record Scanned(byte[] html, PageScan scan) {
    }

    /** What one page links to and which ids it has; {@code fresh} unless reused from the last build. */
    public record PageScan(String path, String origin, Set<String> ids, List<String> duplicateIds,
                           List<String> urls, boolean fresh) {

        /** The same scan of the same page, met again in a later build. */
        public PageScan reused() {
            return fresh ? new PageScan(path, origin, ids, duplicateIds, urls, false) : this;
        }
    }

    /** Scans one page, its UTF-8 bytes; thread-safe. */
    public PageScan scan(String path, String origin, byte[] html) {
        if (cache == null) {
            return read(path, origin, html);
        }
        Scanned previous = cache.scans.get(path);
        if (previous != null && Arrays.equals(previous.html(), html)) {
            PageScan scan = previous.scan();
            return new PageScan(path, origin, scan.ids(), scan.duplicateIds(), scan.urls(), false);
        }
        PageScan scan = read(path, origin, html);
        cache.scans.put(path, new Scanned(html, scan));
        return scan;
    }

    /** Resolves every scanned link against {@code paths}, the files of the whole site. */
    public void check(Set<String> paths, Collection<PageScan> scans, Diagnostics diagnostics) {
        check(paths, scans, Set.of(), diagnostics);
    }

    /**
     * As {@link #check(Set, Collection, Diagnostics)}, leaving out the links reported already where they
     * were written ({@link WrittenLinkChecker}): the content file, a newline and the URL as on the page.
     */
    public void check(Set<String> paths, Collection<PageScan> scans, Set<String> reported, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errorCount();
        // the last check passed and no file or id came or went: the links of unchanged pages still resolve.
        // Only a fresh scan can bring other ids, so the last check's map is updated rather than rebuilt.
        boolean sameFiles = cache != null && !cache.checkedPaths.isEmpty() && cache.checkedPaths.equals(paths);
        Map<String, Set<String>> idsByPage = sameFiles ? cache.checkedIds : new HashMap<>();
        boolean sameIds = sameFiles;
        for (PageScan scan : scans) {
            if (!sameFiles || scan.fresh()) {
                Set<String> before = idsByPage.put(scan.path(), scan.ids());
                sameIds &= scan.ids().equals(before);
            }
            scan.duplicateIds().forEach(id -> diagnostics.error(origin(scan), "page " + scan.path()
                    + " uses the id '" + id + "' twice"));
        }
        boolean onlyChanged = sameFiles && sameIds;
        // pages are checked against maps no one writes to any more: on all cores (1.6 million links at
        // 10,000 explainers, 170,000 of them distinct); diagnostics come out sorted, so the order they
        // are found in does not show. A link that names a path resolves the same from every page, so
        // each share of the pages resolves it once
        List<PageScan> toCheck = new ArrayList<>();
        for (PageScan scan : scans) {
            if (!onlyChanged || scan.fresh()) {
                toCheck.add(scan);
            }
        }
        int shares = Math.min(toCheck.size(), SHARES);
        List<List<PageScan>> split = new ArrayList<>(shares);
        for (int i = 0; i < shares; i++) {
            split.add(toCheck.subList(toCheck.size() * i / shares, toCheck.size() * (i + 1) / shares));
        }
        Parallel.forEach(split, share -> {
            Map<String, String> known = new HashMap<>();
            for (PageScan scan : share) {
                for (String written : scan.urls()) {
                    String url = relative(written) ? basePath + resolved(scan.path(), written) : written;
                    String problem;
                    if (url.isEmpty() || url.charAt(0) == '#') {
                        problem = problem(scan.path(), url, paths, idsByPage);
                    } else {
                        problem = known.get(url);
                        if (problem == null) {
                            String found = problem(null, url, paths, idsByPage);
                            problem = found == null ? RESOLVES : found;
                            known.put(url, problem);
                        }
                    }
                    if (problem != null && problem != RESOLVES
                            && (reported.isEmpty() || !reported.contains(scan.origin() + "\n" + written))) {
                        diagnostics.error(origin(scan), "page " + scan.path() + " links to " + problem);
                    }
                }
            }
        });
        if (cache != null) {
            boolean passed = diagnostics.errorCount() == errorsBefore;
            cache.checkedPaths = !passed ? Set.of() : sameFiles ? cache.checkedPaths : Set.copyOf(paths);
            cache.checkedIds = passed ? idsByPage : new HashMap<>();
        }
    }

    /**
     * Reads the values of href, src and id attributes. Pages are the templates' and the sanitizer's
     * output, where every attribute value is double-quoted and has no quote inside, so stepping from
     * one {@code ="} to the next finds them all, several times faster than a regular expression. The
     * page's UTF-8 is read as it is: no byte of a character outside ASCII is a quote or an equals sign.
     */
    private PageScan read(String path, String origin, byte[] html) {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        int at = valueAfter(html, 0);
        while (at >= 0) {
            int end = quote(html, at + 2);
            if (end < 0) {
                break;
            }
            if (named(html, at, HREF) || named(html, at, SRC)) {
                urls.add(distinct(html, at + 2, end, true));
            } else if (named(html, at, ID)) {
                String id = distinct(html, at + 2, end, false);
                if (!ids.add(id)) {
                    duplicates.add(id);
                }
            }
            at = valueAfter(html, end + 1);
        }
        // every page's scan stays live until the check: kept in the JDK's compact immutable forms
        return new PageScan(path, origin, Set.copyOf(ids), List.copyOf(duplicates), List.copyOf(urls), true);
    }

    private static final byte[] HREF = {'h', 'r', 'e', 'f'};
    private static final byte[] SRC = {'s', 'r', 'c'};
    private static final byte[] ID = {'i', 'd'};

    /** Where the next {@code ="} starts, from {@code from} on, or -1. */
    private static int valueAfter(byte[] html, int from) {
        for (int i = from, last = html.length - 1; i < last; i++) {
            if (html[i] == '=' && html[i + 1] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int quote(byte[] html, int from) {
        for (int i = from; i < html.length; i++) {
            if (html[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value between {@code start} and {@code end}, decoded (and, for a URL, unescaped) the first
     * time the site has it; an id and a URL of the same bytes are told apart by {@code url}.
     */
    private String distinct(byte[] html, int start, int end, boolean url) {
        Bytes slice = new Bytes(html, start, end, url);
        String known = distinct.get(slice);
        if (known != null) {
            return known;
        }
        String text = new String(html, start, end - start, StandardCharsets.UTF_8);
        if (url && text.indexOf('&') >= 0) {
            text = text.replace("&amp;", "&");
        }
        known = distinct.putIfAbsent(slice.copy(), text);
        return known != null ? known : text;
    }

    /** A run of a page's bytes as a map key; {@link #copy} before keeping it, as the page is not kept. */
    private static final class Bytes {
        private final byte[] bytes;
        private final int start;
        private final int end;
        private final boolean url;
        private final int hash;

        Bytes(byte[] bytes, int start, int end, boolean url) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
            this.url = url;
            int h = url ? 1 : 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + bytes[i];
            }
            this.hash = h;
        }

        Bytes copy() {
            return new Bytes(Arrays.copyOfRange(bytes, start, end), 0, end - start, url, hash);
        }

        private Bytes(byte[] bytes, int start, int end, boolean url, int hash) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
            this.url = url;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes b && b.hash == hash && b.url == url
                    && Arrays.equals(bytes, start, end, b.bytes, b.start, b.end);
        }
    }

    /** Whether the name before {@code equals} is {@code attribute}, after whitespace. */
    private static boolean named(byte[] html, int equals, byte[] attribute) {
        int start = equals - attribute.length;
        if (start < 1) {
            return false;
        }
        for (int i = 0; i < attribute.length; i++) {
            if (html[start + i] != attribute[i]) {
                return false;
            }
        }
        return whitespaceBefore(html, start);
    }

    /** Whether the character that ends at {@code at} (exclusive) is whitespace, decoded where it is not ASCII. */
    private static boolean whitespaceBefore(byte[] html, int at) {
        int last = at - 1;
        if (html[last] >= 0) {
            return Character.isWhitespace(html[last]);
        }
        int first = last;
        while (first > 0 && first > at - 4 && (html[first] & 0xC0) == 0x80) {
            first--;
        }
        String character = new String(html, first, at - first, StandardCharsets.UTF_8);
        return Character.isWhitespace(character.codePointBefore(character.length()));
    }

    /** A URL relative to its page ("claims/x/"): into the site, and not from its root. */
    static boolean relative(String url) {
        return !url.startsWith("/") && WrittenUrl.intoSite(url);
    }

    /** A relative URL as a path from the site's root, from the page at {@code pagePath} ("explainers/x/index.html"). */
    static String resolved(String pagePath, String url) {
        String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        try {
            String path = java.net.URI.create("/" + folder).resolve(url).toString();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (IllegalArgumentException notAUri) {
            // reported as a page the site does not have, as written
            return folder + url;
        }
    }

    /** Pages are checked in this many shares, enough that the largest pages do not leave a core idle. */
    private static final int SHARES = 16;

    /** Stands for "no problem" where null means "not resolved yet"; compared by identity. */
    private static final String RESOLVES = new String("");

    /**
     * What is wrong with a link to {@code url}, as the end of a message that names the page it is on,
     * or null; {@code from} is the page's path, needed only for a link within the page ("#id").
     */
    private String problem(String from, String url, Set<String> paths, Map<String, Set<String>> idsByPage) {
        String target;
        String anchor = null;
        String written = url;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            anchor = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        if (url.isEmpty()) {
            target = from;
        } else if (url.startsWith(basePath)) {
            target = url.substring(basePath.length());
            int query = target.indexOf('?');
            if (query >= 0) {
                target = target.substring(0, query);
            }
            if (target.indexOf('%') >= 0 || target.indexOf('+') >= 0) {
                target = java.net.URLDecoder.decode(target, StandardCharsets.UTF_8);
            }
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            }
        } else if (url.startsWith("/") && !url.startsWith("//")) {
            return url + ", outside the site's base path " + basePath;
        } else {
            return null;
        }
        if (!paths.contains(target)) {
            return written + ", which is not a page or file of the site";
        }
        if (anchor != null && !anchor.isEmpty() && idsByPage.containsKey(target)
                && !idsByPage.get(target).contains(anchor)) {
            return written + ", but that page has no id '" + anchor + "'";
        }
        return null;
    }

    private static SourcePosition origin(PageScan page) {
        return SourcePosition.ofFile(page.origin() != null ? page.origin() : page.path());
    }
}
