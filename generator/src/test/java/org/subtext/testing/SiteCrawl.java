package org.subtext.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a built site with a real HTML parser and lists every internal link or asset reference
 * that does not resolve to a file of the site, or to an id on the target page.
 */
public final class SiteCrawl {

    private final Path root;
    private final String basePath;
    private final Map<String, Document> pages = new HashMap<>();
    private int links;

    public SiteCrawl(Path root, String basePath) {
        this.root = root;
        this.basePath = basePath;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(root.relativize(file).toString(), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Document> pages() {
        return pages;
    }

    public int linksChecked() {
        return links;
    }

    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        pages.forEach((page, document) -> {
            for (Element element : document.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(page, url);
                if (problem != null) {
                    broken.add(page + ": " + url + " " + problem);
                }
            }
        });
        broken.sort(null);
        return broken;
    }

    private String check(String page, String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() != null || url.startsWith("//")) {
            return null;
        }
        links++;
        if (!url.isEmpty() && !url.startsWith("#") && !url.startsWith("/")) {
            // relative to the page, as a browser reads it (an explainer links its claim pages so)
            uri = URI.create(basePath + page.replace('\\', '/')).resolve(uri);
            url = uri.toString();
        }
        String target;
        if (url.startsWith("#")) {
            target = page;
        } else if (url.startsWith(basePath)) {
            target = URLDecoder.decode(uri.getRawPath().substring(basePath.length()), StandardCharsets.UTF_8);
            if (target.isEmpty() || target.endsWith("/")) {
                target += "index.html";
            }
        } else {
            return "is not under the base path " + basePath;
        }
        if (!Files.isRegularFile(root.resolve(target))) {
            return "→ missing file " + target;
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Document document = pages.get(target);
            if (document == null || document.getElementById(URLDecoder.decode(fragment, StandardCharsets.UTF_8)) == null) {
                return "→ missing anchor #" + fragment + " in " + target;
            }
        }
        return null;
    }

    /** Ids used more than once on a page. */
    public List<String> duplicateIds() {
        List<String> duplicates = new ArrayList<>();
        pages.forEach((page, document) -> {
            Map<String, Long> counts = document.select("[id]").stream()
                    .collect(Collectors.groupingBy(e -> e.id(), Collectors.counting()));
            counts.forEach((id, count) -> {
                if (count > 1) {
                    duplicates.add(page + "#" + id);
                }
            });
        });
        return duplicates;
    }

    public Set<String> pagePaths() {
        return pages.keySet();
    }
}
