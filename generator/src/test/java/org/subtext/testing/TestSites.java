package org.subtext.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.diag.Diagnostic;

/**
 * Small sites written from one string of {@code -- path --} sections, after Hugo's test helpers:
 * cheap to write, so there can be many.
 */
public final class TestSites {

    /** The project's own templates: tests build with what users get. */
    public static final Path TEMPLATES = Path.of("templates");

    private TestSites() {
    }

    /** Splits {@code -- path --} sections into path → text, in order. */
    public static Map<String, String> sections(String spec) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    files.put(current, text.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, text.toString().replaceAll("\n+$", "\n"));
        }
        return files;
    }

    /**
     * Writes the files. Three notations let a case say what plain text cannot: a section named
     * {@code a.md -> b.md} is a symbolic link; {@code <0xE9>} in the text is that raw byte; and
     * {@code <repeat:N>x</repeat>} is x written N times.
     */
    public static void write(Path root, Map<String, String> files) {
        files.forEach((path, text) -> {
            try {
                int arrow = path.indexOf(" -> ");
                Path file = root.resolve(arrow < 0 ? path : path.substring(0, arrow));
                Files.createDirectories(file.getParent());
                if (arrow >= 0) {
                    Files.createSymbolicLink(file, Path.of(path.substring(arrow + 4)));
                } else {
                    Files.write(file, bytes(text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final java.util.regex.Pattern REPEAT =
            java.util.regex.Pattern.compile("<repeat:(\\d+)>(.*?)</repeat>", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern BYTE = java.util.regex.Pattern.compile("<0x([0-9A-Fa-f]{2})>");

    static byte[] bytes(String text) {
        java.util.regex.Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, java.util.regex.Matcher.quoteReplacement(
                    repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.regex.Matcher bytes = BYTE.matcher(expanded);
        int last = 0;
        while (bytes.find()) {
            out.writeBytes(expanded.substring(last, bytes.start()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(Integer.parseInt(bytes.group(1), 16));
            last = bytes.end();
        }
        out.writeBytes(expanded.substring(last).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static BuildResult render(Path content) {
        return new SiteBuilder().render(new BuildOptions(content, TEMPLATES, null, false, null));
    }

    /** Diagnostics as printed, with the temporary folder taken off so expectations read "content/...". */
    public static List<String> messages(BuildResult result, Path root) {
        String prefix = root.toString() + "/";
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            lines.add(diagnostic.format().replace(prefix, ""));
        }
        return lines;
    }

    /** Only the errors, as printed: what a broken site's test compares. */
    public static List<String> errors(BuildResult result, Path root) {
        String prefix = root.toString() + "/";
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                lines.add(diagnostic.format().replace(prefix, ""));
            }
        }
        return lines;
    }

    /** Every file under {@code root}, path → bytes, sorted by path. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder and everything in it, e.g. the sample content into a test's own folder. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
