package org.subtext.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.model.Slugs;

/**
 * Walks a content folder in sorted order and reads the files the build needs. It parses nothing
 * itself; it decides which files count, decodes them and checks their names. Explainers, nearly all
 * of a site's text, are read by the parse stage through {@link #read}, one file at a time.
 */
public final class ContentLoader {

    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private static final Set<String> TOP_LEVEL = Set.of("site.yaml", "explainers", "actors", "authors", "pages",
            "events", "assets");

    private final Diagnostics diagnostics;
    private final SourceCache cache;
    private final Set<String> unreadable = new java.util.TreeSet<>();
    private String displayRoot = "";

    public ContentLoader(Diagnostics diagnostics) {
        this(diagnostics, null);
    }

    /** @param cache files read by the previous build of a live preview, or null */
    public ContentLoader(Diagnostics diagnostics, SourceCache cache) {
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /**
     * Reads {@code contentDir}, all but the explainers, which are found and left for {@link #read};
     * messages name files the way that path names the folder.
     */
    public ContentSources load(Path contentDir) {
        String root = contentDir.toString();
        displayRoot = root.isEmpty() || root.equals(".") ? "" : root.endsWith("/") ? root : root + "/";
        return loadFrom(contentDir);
    }

    private String display(String relative) {
        return displayRoot + relative;
    }

    private SourcePosition at(String relative) {
        return SourcePosition.ofFile(relative == null
                ? (displayRoot.isEmpty() ? "." : displayRoot.substring(0, displayRoot.length() - 1))
                : display(relative));
    }

    private ContentSources loadFrom(Path contentDir) {
        Path root = realRoot(contentDir);
        Set<Path> seen = cache == null ? Set.of() : cache.startLoad();
        try {
            return loadRoot(root);
        } finally {
            if (cache != null) {
                cache.loaded(seen);
            }
        }
    }

    private ContentSources loadRoot(Path root) {
        SourceFile site = null;
        List<UnreadFile> explainers = List.of();
        List<SourceFile> actors = List.of();
        List<SourceFile> authors = List.of();
        List<SourceFile> pages = List.of();
        List<SourceFile> events = List.of();
        List<AssetFile> assets = new ArrayList<>();
        if (root == null) {
            return new ContentSources(null, explainers, actors, authors, pages, events, assets, unreadable);
        }
        for (Path entry : list(root, "")) {
            String name = entry.getFileName().toString();
            if (isDebris(name) || !TOP_LEVEL.contains(name)) {
                if (!isDebris(name)) {
                    diagnostics.warning(at(name), "ignored: not part of the content format"
                            + Suggestions.didYouMean(name, TOP_LEVEL));
                }
                continue;
            }
            if (!isInside(root, entry, name)) {
                continue;
            }
            switch (name) {
                case "site.yaml" -> site = read(entry, name);
                case "explainers" -> explainers = findFiles(root, entry, ".md", true);
                case "actors" -> actors = readAll(findFiles(root, entry, ".md", true), true);
                case "authors" -> authors = readAll(findFiles(root, entry, ".md", true), true);
                case "pages" -> pages = readAll(findFiles(root, entry, ".md", true), true);
                case "events" -> events = readAll(findFiles(root, entry, ".yaml", false), false);
                case "assets" -> collectAssets(root, entry, "assets", assets, 0);
                default -> throw new IllegalStateException(name);
            }
        }
        if (site == null) {
            diagnostics.error(at("site.yaml"),
                    "missing site.yaml: every content folder needs one (title, description, base_url)");
        }
        return new ContentSources(site, explainers, actors, authors, pages, events, assets, unreadable);
    }

    private Path realRoot(Path contentDir) {
        try {
            if (!Files.isDirectory(contentDir)) {
                diagnostics.error(at(null), "content folder not found");
                return null;
            }
            return contentDir.toRealPath();
        } catch (IOException e) {
            diagnostics.error(at(null), "cannot read the content folder: " + reason(e));
            return null;
        }
    }

    /** The files of a folder with the extension, in name order, each name checked; none read. */
    private List<UnreadFile> findFiles(Path root, Path folder, String extension, boolean slugNamed) {
        String folderName = folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            diagnostics.error(at(folderName), "expected a folder");
            return List.of();
        }
        List<UnreadFile> found = new ArrayList<>();
        for (Path entry : list(folder, folderName)) {
            String name = entry.getFileName().toString();
            String relative = folderName + "/" + name;
            if (isDebris(name)) {
                continue;
            }
            // a file the watcher saw no change to since it was read needs no look at the disk at all
            SourceFile unchanged = cache == null ? null : cache.unchanged(entry, display(relative));
            if (unchanged == null) {
                BasicFileAttributes own = ownAttributes(entry);
                if ((own == null || own.isSymbolicLink()) && !isInside(root, entry, relative)) {
                    continue;
                }
                if (own != null && own.isDirectory() || !name.endsWith(extension)) {
                    diagnostics.warning(at(relative),
                            "ignored: " + folderName + "/ holds only " + extension + " files");
                    continue;
                }
            }
            String stem = name.substring(0, name.length() - extension.length());
            // an unchanged file's name passed when it was read
            if (unchanged == null && slugNamed && !checkSlugName(relative, stem, extension)) {
                continue;
            }
            found.add(new UnreadFile(entry, relative, display(relative), unchanged));
        }
        return found;
    }

    /** Reads files on all cores, in their order; those that cannot be read are reported and left out. */
    private List<SourceFile> readAll(List<UnreadFile> found, boolean slugNamed) {
        List<SourceFile> read = Parallel.map(found, this::read);
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) != null) {
                files.add(read.get(i));
            } else if (slugNamed) {
                unreadable.add(found.get(i).stem());
            }
        }
        return files;
    }

    /** Reads and decodes a file found by {@link #load}, or reports why it cannot and gives null; thread-safe. */
    public SourceFile read(UnreadFile file) {
        return file.known() != null ? file.known() : read(file.file(), file.path());
    }

    private static final java.util.regex.Pattern CASE_CHANGE =
            java.util.regex.Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private boolean checkSlugName(String relative, String stem, String extension) {
        if (Slugs.isSlug(stem) && stem.length() <= Slugs.MAX_LENGTH) {
            return true;
        }
        String message = stem.length() > Slugs.MAX_LENGTH
                ? "file name is longer than " + Slugs.MAX_LENGTH + " characters"
                : "file name '" + stem + extension + "' is not a valid slug: use lower-case letters, digits"
                        + " and single hyphens";
        // a name written in camel case ("GrainDeal") has its words where the case changes
        String suggestion = Slugs.slugify(CASE_CHANGE.matcher(stem).replaceAll("-"));
        if (!suggestion.isEmpty() && !suggestion.equals(stem) && suggestion.length() <= Slugs.MAX_LENGTH) {
            message += " (rename it to '" + suggestion + extension + "')";
        }
        diagnostics.error(at(relative), message);
        return false;
    }

    private void collectAssets(Path root, Path folder, String relative, List<AssetFile> assets, int depth) {
        if (!Files.isDirectory(folder)) {
            diagnostics.error(at(relative), "expected a folder");
            return;
        }
        if (depth > 32) {
            diagnostics.error(at(relative), "folders nested too deeply");
            return;
        }
        for (Path entry : list(folder, relative)) {
            String name = entry.getFileName().toString();
            String path = relative + "/" + name;
            if (isDebris(name) || !isInside(root, entry, path)) {
                continue;
            }
            if (!SAFE_ASSET_NAME.matcher(name).matches()) {
                diagnostics.error(at(path), "asset name '" + name + "' has characters that are"
                        + " unsafe in a URL: use letters, digits, '-', '_' and '.'");
                continue;
            }
            if (Files.isDirectory(entry)) {
                collectAssets(root, entry, path, assets, depth + 1);
            } else if (Files.isReadable(entry)) {
                addAsset(path, entry, assets);
            } else {
                diagnostics.error(at(path), "cannot read file: permission denied");
            }
        }
    }

    private void addAsset(String path, Path file, List<AssetFile> assets) {
        try {
            java.util.Optional<String> problem = AssetRules.problem(path, file);
            if (problem.isPresent()) {
                diagnostics.error(at(path), problem.get());
            } else {
                assets.add(new AssetFile(path, file));
            }
        } catch (IOException e) {
            diagnostics.error(at(path), "cannot read file: " + reason(e));
        }
    }

    private static final Pattern SAFE_ASSET_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    /** The entry's own attributes (a link's, not its target's), or null when they cannot be read. */
    private static BasicFileAttributes ownAttributes(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Symbolic links may point anywhere inside the content folder, never outside it. */
    private boolean isInside(Path root, Path entry, String relative) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        try {
            Path target = entry.toRealPath();
            if (target.startsWith(root)) {
                return true;
            }
            diagnostics.error(at(relative),
                    "symbolic link points outside the content folder; copy the file in instead");
        } catch (FileSystemException e) {
            String why = e.getReason() != null && e.getReason().contains("levels of symbolic links")
                    ? "symbolic link loop" : "broken symbolic link";
            diagnostics.error(at(relative), why);
        } catch (IOException e) {
            diagnostics.error(at(relative), "broken symbolic link");
        }
        return false;
    }

    private List<Path> list(Path folder, String relative) {
        List<Path> listed = cache == null ? null : cache.listed(folder);
        if (listed != null) {
            return listed;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            listed = entries.sorted().toList();
            if (cache != null) {
                cache.list(folder, listed);
            }
            return listed;
        } catch (IOException e) {
            diagnostics.error(at(relative), "cannot read folder: " + reason(e));
            return List.of();
        }
    }

    private SourceFile read(Path file, String relative) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                diagnostics.error(at(relative), "expected a file");
                return null;
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                diagnostics.error(at(relative), "file is larger than 8 MiB");
                return null;
            }
            SourceFile unchanged = cache == null ? null : cache.find(file, attributes);
            if (unchanged != null && unchanged.displayPath().equals(display(relative))) {
                return unchanged;
            }
            long readAt = System.currentTimeMillis();
            TextDecoder.Decoded decoded = TextDecoder.decode(display(relative), Files.readAllBytes(file));
            if (decoded.error().isPresent()) {
                diagnostics.add(decoded.error().get());
                return null;
            }
            SourceFile source = new SourceFile(relative, display(relative), decoded.text());
            if (cache != null) {
                cache.keep(file, attributes, readAt, source, Files.isSymbolicLink(file));
            }
            return source;
        } catch (IOException e) {
            diagnostics.error(at(relative), "cannot read file: " + reason(e));
            return null;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }

    /** Editor and OS leftovers: never content, never reported. */
    static boolean isDebris(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~")
                || name.endsWith(".swp") || name.endsWith(".swo") || name.equals("Thumbs.db");
    }
}
