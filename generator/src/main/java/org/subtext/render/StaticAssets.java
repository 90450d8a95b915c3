package org.subtext.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.subtext.output.OutputFile;

/**
 * The templates' own static files ({@code templates/static/}, file by file over the built-in set),
 * published under {@code static/} with a content hash in the name (style.3f2a9c1b0d.css) so hosts
 * may cache them forever.
 */
public final class StaticAssets {

    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, String> integrity = new TreeMap<>();
    private final List<OutputFile> files;

    public StaticAssets(Path templatesDir) throws IOException {
        this(templatesDir, BuiltInTemplates.files());
    }

    /** @param builtIn the built-in templates and static files by path, as {@link BuiltInTemplates#files} */
    public StaticAssets(Path templatesDir, Map<String, byte[]> builtIn) throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        builtIn.forEach((path, bytes) -> {
            if (path.startsWith("static/")) {
                sources.put(path.substring("static/".length()), bytes);
            }
        });
        Path root = templatesDir.resolve("static");
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        bundle(sources);
        List<OutputFile> made = new java.util.ArrayList<>();
        sources.forEach((relative, source) -> {
            byte[] bytes = relative.endsWith(".css") ? minifyCss(source)
                    : relative.endsWith(".js") ? minifyJs(source) : source;
            String published = "static/" + fingerprint(relative, bytes);
            names.put(relative, published);
            integrity.put(relative, "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", bytes)));
            made.add(new OutputFile(published, bytes, null, null));
        });
        made.sort(java.util.Comparator.comparing(OutputFile::path));
        files = List.copyOf(made);
    }

    /**
     * An explainer page and every other page each load one stylesheet: the shared rules of style.css
     * followed by their own (explainer.css, pages.css), so that neither carries the other's rules and
     * neither costs a second request. style.css alone is then linked by no page, and not published.
     */
    private static void bundle(Map<String, byte[]> sources) {
        byte[] shared = sources.get("style.css");
        if (shared == null) {
            return;
        }
        List<String> bundles = List.of("explainer.css", "pages.css");
        for (String own : bundles) {
            byte[] rules = sources.get(own);
            if (rules != null) {
                byte[] joined = java.util.Arrays.copyOf(shared, shared.length + 1 + rules.length);
                joined[shared.length] = '\n';
                System.arraycopy(rules, 0, joined, shared.length + 1, rules.length);
                sources.put(own, joined);
            }
        }
        if (sources.keySet().containsAll(bundles)) {
            sources.remove("style.css");
        }
    }

    /** The published site path of a static file, such as "style.css" → "static/style.1a2b3c4d5e.css". */
    public String path(String name) {
        String path = names.get(name);
        if (path == null) {
            throw new IllegalStateException("templates/static/" + name + " is missing");
        }
        return path;
    }

    /** The Subresource Integrity value of a static file, for its {@code integrity} attribute. */
    public String integrity(String name) {
        return integrity.get(name);
    }

    public boolean has(String name) {
        return names.containsKey(name);
    }

    public List<OutputFile> files() {
        return files;
    }

    private static String fingerprint(String relative, byte[] bytes) {
        String hash = HexFormat.of().formatHex(digest("SHA-256", bytes)).substring(0, 10);
        int dot = relative.lastIndexOf('.');
        int slash = relative.lastIndexOf('/');
        return dot > slash + 1 ? relative.substring(0, dot) + "." + hash + relative.substring(dot)
                : relative + "." + hash;
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Comments and layout whitespace out of a stylesheet: a fifth of its bytes, on every page. Kept
     * deliberately simple: no space is touched inside a string unless it borders a brace, ';', ':' or ','.
     */
    static byte[] minifyCss(byte[] css) {
        String text = new String(css, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?([{};:,>]) ?", "$1")
                .replace(";}", "}")
                .strip();
        return (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Indentation, blank lines and whole-line {@code //} comments out of a script: a sixth of its
     * bytes, on every page that loads it. Line ends stay, so semicolon insertion reads it the same; a
     * script with a template literal or a string continued over lines is left as it is.
     */
    static byte[] minifyJs(byte[] js) {
        String text = new String(js, java.nio.charset.StandardCharsets.UTF_8);
        if (text.indexOf('`') >= 0 || text.contains("\\\n") || text.contains("\\\r")) {
            return js;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("//")) {
                out.append(code).append('\n');
            }
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
