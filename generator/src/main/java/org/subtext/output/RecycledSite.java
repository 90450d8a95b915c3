package org.subtext.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site the last build replaced, taken from the trash for the new site to be written into. Making
 * files and folders afresh is slow where the file system skips the inodes it freed recently, so its
 * files and folders are reused rather than deleted and made again. Nothing is ever written through a
 * file that another name shares (a page linked from the published site, a card linked from the card
 * cache) or through a link out of the site, and what the new site does not have is removed.
 */
final class RecycledSite {

    /** The file type bits of a Unix mode, and two of their values (sys/stat.h). */
    private static final int FILE_TYPE = 0170000;
    private static final int DIRECTORY = 0040000;
    private static final int REGULAR_FILE = 0100000;

    private final Path root;
    /** Regular files with one link, which the new site's files of the same path are written into. */
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    /** The old site's folders, in the order met, parents first. */
    private final Set<Path> oldFolders = new LinkedHashSet<>();
    /** Folders made sure of by this build. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    private volatile boolean complete;
    private final Thread surveying;

    private RecycledSite(Path root) {
        this.root = root;
        this.surveying = survey();
    }

    /**
     * Moves a site named {@code name} out of {@code trash} to {@code root} and starts sorting it; null
     * where the trash holds none.
     */
    static RecycledSite take(Path trash, String name, Path root) {
        if (trash == null || !Files.isDirectory(trash)) {
            return null;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(trash,
                e -> e.getFileName().toString().startsWith(name + "-"))) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.move(entry, root, StandardCopyOption.ATOMIC_MOVE);
                        return new RecycledSite(root);
                    } catch (IOException e) {
                        // another build took it: try the next, or start afresh
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return null;
    }

    /** Writes {@code file} at {@code destination}, a path inside the site. */
    void put(OutputFile file, Path destination) throws IOException {
        awaitSurvey();
        try {
            folder(destination.getParent());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        written.add(destination);
        boolean was = files.remove(destination);
        if (was && file.bytes() != null) {
            overwrite(destination, file.bytes());
            return;
        }
        if (was) {
            Files.delete(destination);
        }
        try {
            file.create(destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // a folder of the old site where this file belongs
            SiteWriter.deleteTree(destination);
            file.create(destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Writes over a file of the old site from its start and cuts what is left of it, so that its
     * blocks are written again rather than freed and allocated anew.
     */
    private static void overwrite(Path destination, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(destination, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (channel.size() > bytes.length) {
                channel.truncate(bytes.length);
            }
        }
    }

    /**
     * Sorts the old site's entries on a thread of its own while the build reads and parses: a regular
     * file with one link is kept to be written into; any other file is deleted now, so that nothing is
     * ever written through it.
     */
    private Thread survey() {
        Thread thread = new Thread(() -> {
            try {
                sort(root);
                complete = true;
            } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
                // what was not sorted is replaced where a file is written over it, and pruned before the swap
            }
        }, "subtext-survey");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Sorts one folder's entries, each read with a single lstat that gives both type and link count. */
    private void sort(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Map<String, Object> attributes = Files.readAttributes(entry, "unix:mode,nlink",
                        LinkOption.NOFOLLOW_LINKS);
                int type = (Integer) attributes.get("mode") & FILE_TYPE;
                if (type == DIRECTORY) {
                    oldFolders.add(entry);
                    sort(entry);
                } else if (type == REGULAR_FILE && (Integer) attributes.get("nlink") == 1) {
                    files.add(entry);
                } else {
                    Files.delete(entry);
                }
            }
        }
    }

    /** Waits for the survey to end, as writing into the site or deleting it must. */
    void awaitSurvey() throws IOException {
        if (!surveying.isAlive()) {
            return;
        }
        try {
            surveying.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sorting the recycled site");
        }
    }

    /**
     * Makes sure a folder of the site is a folder, its parents first, each once: the old site may have
     * had a file where the new one has a folder.
     */
    private void folder(Path folder) {
        if (folder.equals(root) || folders.containsKey(folder)) {
            return;
        }
        folder(folder.getParent());
        folders.computeIfAbsent(folder, f -> {
            if (complete && oldFolders.contains(f)) {
                return Boolean.TRUE;
            }
            try {
                if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    if (files.remove(f) || Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(f);
                    }
                    Files.createDirectory(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
    }

    /** Removes what the old site had and this build did not write, so that no stale page is published. */
    void prune() throws IOException {
        awaitSurvey();
        if (!complete) {
            prune(root);
            return;
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (FileSystemException e) {
                // gone with a folder where this build wrote a file
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
            }
        }
        for (Path folder : oldFolders) {
            if (!folders.containsKey(folder) && !written.contains(folder)) {
                SiteWriter.deleteTree(folder);
            }
        }
    }

    /** The slow way, where the survey did not finish: every folder of the site read again. */
    private void prune(Path folder) throws IOException {
        List<Path> stale = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (folders.containsKey(entry)) {
                    kept.add(entry);
                } else if (!written.contains(entry)) {
                    stale.add(entry);
                }
            }
        }
        for (Path entry : stale) {
            SiteWriter.deleteTree(entry);
        }
        for (Path entry : kept) {
            prune(entry);
        }
    }
}
