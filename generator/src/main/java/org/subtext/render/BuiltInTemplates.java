package org.subtext.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The templates and static files that ship inside Subtext (the project's {@code templates/},
 * packaged under {@code subtext/templates/}): a site whose folder lacks a file, or has no
 * templates folder at all, renders with these. Read from the jar or the classes folder Subtext
 * runs from.
 */
public final class BuiltInTemplates {

    static final String ROOT = "subtext/templates/";

    private BuiltInTemplates() {
    }

    /** Every built-in file by its path inside the templates folder ("base.peb", "static/style.css"). */
    public static Map<String, byte[]> files() {
        try {
            Path from = Path.of(BuiltInTemplates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(from) ? fromFolder(from.resolve(ROOT)) : fromJar(from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> fromFolder(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
                    files.put(entry.getName().substring(ROOT.length()), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        return Collections.unmodifiableMap(files);
    }
}
