package org.subtext.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.render.SecurityPolicy;
import org.subtext.testing.Requires;
import org.subtext.testing.Tool;

/**
 * Publishes the sample site the way the nginx recipe in docs/publishing.md does, under the sub-path
 * {@code /news/} of a real nginx on loopback, and crawls it over HTTP: every internal link and
 * asset must answer 200 with the right Content-Type, a missing page must get the site's 404 page,
 * and nothing may point off the machine except the external sources written in the content.
 *
 * <p>Needs {@code /usr/sbin/nginx} (Debian's nginx-light, which {@code .ci/run} installs). Without it
 * the test is skipped with a line saying what to install, and fails under {@code .ci/run}, where a
 * publishing check that silently does not run would be worse than none.
 */
@Requires(Tool.NGINX)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticHostCrawlTest {

    private static final Path NGINX = Tool.nginx();
    private static final Path MIME_TYPES = Tool.nginxMimeTypes();
    private static final Path CONTENT = Path.of("content");
    private static final Path TEMPLATES = Path.of("templates");
    private static final String PREFIX = "/news/";

    private Path dir;
    private Path site;
    private int port;
    private String root;
    private Process nginx;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    void buildAndServe() throws Exception {
        dir = Files.createTempDirectory("subtext-nginx-");
        site = dir.resolve("site");
        port = freePort();
        root = "http://127.0.0.1:" + port + PREFIX;

        BuildResult result = new SiteBuilder().build(new BuildOptions(CONTENT, TEMPLATES, site, false, root));
        assertTrue(result.ok(), () -> "the sample content does not build: " + result.diagnostics());

        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, nginxConfig(), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-c", conf.toString(),
                "-e", dir.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile());
        nginx = builder.start();
        waitUntilListening();
    }

    @AfterAll
    void stop() throws Exception {
        if (nginx != null) {
            List<ProcessHandle> workers = nginx.descendants().toList();
            nginx.destroy(); // SIGTERM: nginx's fast shutdown, the master stops its workers
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                workers.forEach(ProcessHandle::destroyForcibly);
                nginx.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            workers.forEach(ProcessHandle::destroyForcibly);
        }
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * An nginx configuration around the server block of the nginx recipe in docs/publishing.md,
     * with every path of nginx's own inside the temp folder.
     */
    private String nginxConfig() throws IOException, InterruptedException {
        String flags = nginxBuildFlags();
        StringBuilder temps = new StringBuilder("    client_body_temp_path temp/body;\n");
        for (String module : List.of("proxy", "fastcgi", "uwsgi", "scgi")) {
            if (!flags.contains("--without-http_" + module + "_module")) {
                temps.append("    ").append(module).append("_temp_path temp/").append(module).append(";\n");
            }
        }
        Files.createDirectories(dir.resolve("temp"));
        // As root, nginx would switch its workers to www-data, which cannot read a private temp folder.
        String user = "root".equals(System.getProperty("user.name")) ? "user root root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    default_type application/octet-stream;
                    access_log %1$s/access.log;
                %2$s
                    server_tokens off;
                %3$s}
                """.formatted(dir, temps, serverBlock("127.0.0.1:" + port, "localhost", site.toString()).indent(4));
    }

    /**
     * The server block of the nginx recipe in docs/publishing.md, for a site in {@code siteDir}:
     * {@link #theDocsServeTheSiteWithThisTestsServerBlock()} holds the two to the same text.
     */
    private static String serverBlock(String listen, String serverName, String siteDir) {
        String csp = SecurityPolicy.CSP + "; frame-ancestors 'none'";
        return """
                server {
                    listen %1$s;
                    server_name %2$s;
                    include %3$s;
                    charset utf-8;
                    charset_types text/css text/plain text/xml application/xml application/atom+xml application/javascript application/json image/svg+xml;
                    autoindex off;
                    error_page 404 %4$s404.html;
                    # nginx answers 403 for a folder without index.html; a visitor gets the 404 page
                    error_page 403 =404 %4$s404.html;

                    location = %5$s { return 301 %4$s; }
                    location %4$s {
                        alias %6$s/;
                        index index.html;
                        add_header Content-Security-Policy "%7$s" always;
                        add_header X-Content-Type-Options nosniff always;
                        add_header Referrer-Policy strict-origin-when-cross-origin always;
                        add_header X-Frame-Options DENY always;
                    }
                    location %4$sstatic/ {
                        alias %6$s/static/;
                        add_header Cache-Control "public, max-age=31536000, immutable";
                        add_header X-Content-Type-Options nosniff always;
                    }
                    location = %4$s_headers { return 404; }
                }
                """.formatted(listen, serverName, MIME_TYPES, PREFIX, PREFIX.substring(0, PREFIX.length() - 1),
                siteDir, csp);
    }

    private static String nginxBuildFlags() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(NGINX.toString(), "-V").redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void waitUntilListening() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            if (!nginx.isAlive()) {
                fail("nginx exited with " + nginx.exitValue() + ":\n" + logs());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(root))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() > 0) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                fail("nginx did not answer on " + root + " within 20 s:\n" + logs());
            }
            Thread.sleep(50);
        }
    }

    private String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                logs.append("--- ").append(name).append(" ---\n").append(Files.readString(file));
            }
        }
        return logs.toString();
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String mediaType(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The Content-Types a static host must send for a path, by its extension. */
    private static Set<String> expectedTypes(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.endsWith(".html")) {
            return Set.of("text/html");
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "css" -> Set.of("text/css");
            case "svg" -> Set.of("image/svg+xml");
            case "xml" -> name.equals("feed.xml")
                    ? Set.of("application/atom+xml", "application/xml", "text/xml")
                    : Set.of("application/xml", "text/xml");
            case "json" -> Set.of("application/json", "application/feed+json");
            case "txt" -> Set.of("text/plain");
            case "png" -> Set.of("image/png");
            case "jpg", "jpeg" -> Set.of("image/jpeg");
            case "gif" -> Set.of("image/gif");
            case "webp" -> Set.of("image/webp");
            case "pdf" -> Set.of("application/pdf");
            case "js" -> Set.of("text/javascript", "application/javascript");
            default -> Set.of("(no expected type for ." + extension + ")");
        };
    }

    /** The text of every content file: an off-site link is allowed only when it is written there. */
    private static String contentText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted()
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    }

    private static String sha384(byte[] bytes) throws NoSuchAlgorithmException {
        return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    }

    @Test
    void everyPageAndAssetIsServedWithTheRightTypeAndNothingLeavesTheSite() throws Exception {
        String contentText = contentText();
        Map<String, String> visited = new TreeMap<>(); // url → the page that first linked to it
        Map<String, String> external = new TreeMap<>(); // off-site url → a page that links to it
        Map<String, byte[]> stylesheets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        // the entry points a visitor or a crawler knows without a link
        for (String seed : List.of(root, root + "robots.txt", root + "404.html")) {
            visited.put(seed, "(entry point)");
            queue.add(seed);
        }
        int pages = 0;

        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<byte[]> response = get(url);
            String from = visited.get(url);
            if (response.statusCode() != 200) {
                problems.add(url + " → " + response.statusCode() + " (linked from " + from + ")");
                continue;
            }
            String path = URI.create(url).getPath();
            String type = mediaType(response);
            if (!expectedTypes(path).contains(type)) {
                problems.add(url + " is served as '" + type + "', expected one of " + expectedTypes(path));
            }
            List<String> links = new ArrayList<>();
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (type.equals("text/html")) {
                pages++;
                Document page = Jsoup.parse(body, url);
                checkHead(url, page, stylesheets, problems);
                for (Element e : page.select("[href], [src]")) {
                    links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
                }
                // the social card images, fetched by the sites a page is shared on
                page.select("meta[property=og:image], meta[name=twitter:image]")
                        .forEach(e -> links.add(e.attr("content")));
            } else if (path.endsWith(".xml")) {
                Document xml = Jsoup.parse(body, url, Parser.xmlParser());
                xml.select("link[href]").forEach(e -> links.add(e.attr("href")));
                xml.select("loc").forEach(e -> links.add(e.text()));
                xml.select("id").forEach(e -> links.add(e.text()));
            } else if (path.endsWith("/robots.txt")) {
                body.lines().filter(l -> l.startsWith("Sitemap:")).forEach(l -> links.add(l.substring(8).strip()));
            } else if (path.endsWith("/search/index.json")) {
                // what search.js may fetch from the manifest: every shard of terms and each page's fragment
                com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(body);
                for (int i = 0; i < manifest.get("shards").size(); i++) {
                    links.add("terms/" + i + ".json");
                }
                for (int n = 0; n < manifest.get("documents").asInt(); n++) {
                    links.add("docs/" + n + ".json");
                }
            }
            for (String link : links) {
                follow(url, link, contentText, visited, external, queue, problems);
            }
        }

        // every page and file that the build wrote is reachable (besides _headers, which is for the host)
        Set<String> written = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("_headers"))
                    .map(p -> root + (p.endsWith("index.html") ? p.substring(0, p.length() - 10) : p))
                    .forEach(written::add);
        }
        Set<String> unreached = new TreeSet<>(written);
        unreached.removeAll(visited.keySet());
        if (!unreached.isEmpty()) {
            problems.add("written but never linked: " + unreached);
        }
        assertFalse(stylesheets.isEmpty(), "no stylesheet was linked");
        assertEquals(List.of(), problems);
        assertTrue(pages > 50, "crawled only " + pages + " pages");
        System.out.println("crawled " + visited.size() + " URLs (" + pages + " pages) from " + root
                + "; not requested: " + external.size() + " external links from the content");
    }

    /** Every page's head: the CSP meta tag, and a stylesheet whose integrity matches the served bytes. */
    private void checkHead(String url, Document page, Map<String, byte[]> stylesheets, List<String> problems)
            throws Exception {
        Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        if (csp == null) {
            problems.add(url + " has no Content-Security-Policy meta tag");
        } else if (!csp.attr("content").equals(SecurityPolicy.CSP)) {
            problems.add(url + " has CSP '" + csp.attr("content") + "'");
        }
        List<Element> styles = page.select("head > link[rel=stylesheet]");
        if (styles.isEmpty()) {
            problems.add(url + " links no stylesheet");
        }
        for (Element style : styles) {
            String href = style.absUrl("href");
            String integrity = style.attr("integrity");
            if (integrity.isEmpty()) {
                problems.add(url + ": stylesheet " + href + " has no integrity attribute");
                continue;
            }
            byte[] bytes = stylesheets.get(href);
            if (bytes == null) {
                HttpResponse<byte[]> css = get(href);
                if (css.statusCode() != 200) {
                    continue; // reported by the crawl
                }
                bytes = css.body();
                stylesheets.put(href, bytes);
            }
            if (!integrity.equals(sha384(bytes))) {
                problems.add(url + ": integrity " + integrity + " of " + href + " does not match the served bytes ("
                        + sha384(bytes) + ")");
            }
        }
    }

    private void follow(String from, String link, String contentText, Map<String, String> visited,
                        Map<String, String> external, Deque<String> queue, List<String> problems) {
        String trimmed = link.strip();
        if (trimmed.isEmpty()) {
            problems.add(from + " has an empty link");
            return;
        }
        URI uri;
        try {
            uri = URI.create(from).resolve(trimmed);
        } catch (IllegalArgumentException e) {
            problems.add(from + " has an invalid link '" + link + "'");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("mailto")) {
            return;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            problems.add(from + " links to '" + link + "' (scheme " + scheme + ")");
            return;
        }
        if (!isLoopback(uri)) {
            // off the machine: allowed only when the content itself names the address; never requested
            if (!contentText.contains(trimmed) && !contentText.contains(trimmed.replace("&", "&amp;"))) {
                problems.add(from + " links off-site to " + link + ", which is not in the content");
            }
            external.putIfAbsent(trimmed, from);
            return;
        }
        if (uri.getPort() != port || !scheme.equals("http")) {
            problems.add(from + " links to " + link + ", another server on this machine");
            return;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(PREFIX)) {
            problems.add(from + " links to " + link + ", outside " + PREFIX);
            return;
        }
        String target = "http://127.0.0.1:" + port + path; // no query, no fragment
        if (uri.getRawQuery() != null) {
            problems.add(from + " links to " + link + " with a query string");
        }
        if (visited.putIfAbsent(target, from) == null) {
            queue.add(target);
        }
    }

    @Test
    void aMissingPageGetsTheSitesNotFoundPage() throws Exception {
        String notFound = Files.readString(site.resolve("404.html"));
        for (String missing : List.of(root + "no-such-page/", root + "explainers/no-such-explainer/",
                root + "static/missing.css", root + "_headers")) {
            HttpResponse<byte[]> response = get(missing);
            assertEquals(404, response.statusCode(), missing);
            assertEquals("text/html", mediaType(response), missing);
            assertEquals(notFound, new String(response.body(), StandardCharsets.UTF_8), missing);
        }
    }

    @Test
    void foldersAreNotListedAndPagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<byte[]> folder = get(root + "static/");
        assertTrue(folder.statusCode() == 403 || folder.statusCode() == 404,
                "static/ answered " + folder.statusCode());
        assertFalse(new String(folder.body(), StandardCharsets.UTF_8).contains("Index of"), "a directory listing");

        HttpResponse<byte[]> home = get(root);
        assertEquals(200, home.statusCode());
        assertEquals(SecurityPolicy.CSP + "; frame-ancestors 'none'",
                home.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertNotNull(home.headers().firstValue("Referrer-Policy").orElse(null));

        String stylesheet;
        try (Stream<Path> list = Files.list(site.resolve("static"))) {
            stylesheet = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).findFirst()
                    .orElseThrow();
        }
        HttpResponse<byte[]> css = get(root + "static/" + stylesheet);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "fingerprinted files are cached for good");
    }

    @Test
    void theDocsServeTheSiteWithThisTestsServerBlock() throws IOException {
        String docs = Files.readString(Path.of("docs", "publishing.md"));
        int start = docs.indexOf("```nginx\n");
        assertTrue(start >= 0, "docs/publishing.md has no ```nginx block");
        start += "```nginx\n".length();
        String recipe = docs.substring(start, docs.indexOf("```\n", start));
        assertEquals(serverBlock("80", "news.example.org", "/srv/subtext/site"), recipe,
                "the nginx recipe in docs/publishing.md and the server block this test serves differ");
    }

    @Test
    void addressesWithoutTheirSlashRedirectToTheFolder() throws Exception {
        String withoutSlash = root.substring(0, root.length() - 1);
        HttpResponse<byte[]> bare = get(withoutSlash);
        assertEquals(301, bare.statusCode(), withoutSlash);
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith(PREFIX),
                withoutSlash + " redirects to " + bare.headers().firstValue("Location"));

        // a page is served at one address: without the slash, a redirect to it
        String explainer;
        try (Stream<Path> list = Files.list(site.resolve("explainers"))) {
            explainer = list.filter(p -> Files.isRegularFile(p.resolve("index.html"))).sorted().findFirst()
                    .orElseThrow().getFileName().toString();
        }
        String page = root + "explainers/" + explainer;
        HttpResponse<byte[]> response = get(page);
        assertEquals(301, response.statusCode(), page);
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith(PREFIX + "explainers/" + explainer
                + "/"), page + " redirects to " + response.headers().firstValue("Location"));
    }

    @Test
    void aFolderWithoutAnIndexGetsTheSitesNotFoundPage() throws Exception {
        String notFound = Files.readString(site.resolve("404.html"));
        Files.createDirectories(site.resolve("folder-without-index"));
        for (String folder : List.of(root + "folder-without-index/", root + "static/")) {
            HttpResponse<byte[]> response = get(folder);
            assertEquals(404, response.statusCode(), folder);
            assertEquals("text/html", mediaType(response), folder);
            assertEquals(notFound, new String(response.body(), StandardCharsets.UTF_8), folder);
        }
    }
}
