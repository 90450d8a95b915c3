package org.subtext.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a fresh folder beside the output folder and swaps it in only when every
 * file is written, so readers and CI only ever see a whole old site or a whole new one. With a trash,
 * the new site is written into the one the last build replaced (never the published one), and what
 * the new site does not have is removed from it before the swap.
 */
public final class SiteWriter {

    private static final String TEMP_PREFIX = ".subtext-tmp-";
    private static final String OLD_PREFIX = ".subtext-old-";

    private final Path trash;

    /** Deletes the replaced site before {@link Staging#commit} returns. */
    public SiteWriter() {
        this(null);
    }

    /**
     * Moves the replaced site into {@code trash} instead of deleting it, for {@link #emptyTrash} to
     * delete later: deleting tens of thousands of files is seconds of waiting on the file system,
     * which a build that is done should not spend (null: delete at once).
     */
    public SiteWriter(Path trash) {
        this.trash = trash == null ? null : trash.toAbsolutePath().normalize();
    }

    /** Writes {@code files} and returns how many there were. */
    public int write(Path out, List<OutputFile> files) throws IOException {
        try (Staging staging = stage(out)) {
            for (OutputFile file : files) {
                staging.put(file);
            }
            staging.commit();
        }
        return files.size();
    }

    /**
     * Opens a fresh folder beside {@code out} for a build to write into as its files are made, so that
     * no file is held in memory longer than its render; {@link Staging#commit} swaps it in, and
     * closing it uncommitted (a failed build) deletes it.
     */
    public Staging stage(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("refusing to write the site into the file system root");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeLeftovers(parent, name);
        Path temp = parent.resolve(TEMP_PREFIX + name + "-" + UUID.randomUUID());
        RecycledSite recycled = RecycledSite.take(trash, name, temp);
        if (recycled == null) {
            Files.createDirectory(temp);
        }
        return new Staging(temp, target, parent, name, trash, recycled);
    }

    /**
     * Deletes what earlier commits moved into {@code trash}, tolerating another process doing the
     * same; meant for a spare thread while a build reads and parses, which leaves the disk idle.
     */
    public static void emptyTrash(Path trash) {
        if (!Files.isDirectory(trash)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(trash)) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            // another build is emptying it too, or the disk refuses: the next build tries again
        }
    }

    /** A site being written; {@link #put} may be called from many threads at once. */
    public static final class Staging implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private final Path parent;
        private final String name;
        private final Path trash;
        private volatile boolean committed;
        /**
         * Folders made or found so far: a mkdir that finds the folder there is a failed system call
         * and a stat, and most files go into folders made already (cards, tags, timeline pages).
         */
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        /** The site the last build replaced, being written into; null for a fresh folder. */
        private final RecycledSite recycled;

        private Staging(Path temp, Path target, Path parent, String name, Path trash, RecycledSite recycled) {
            this.temp = temp;
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.trash = trash;
            this.recycled = recycled;
        }

        public void put(OutputFile file) throws IOException {
            Path destination = temp.resolve(file.path()).normalize();
            if (!destination.startsWith(temp) || destination.equals(temp)) {
                throw new IOException("refusing to write outside the site folder: " + file.path());
            }
            if (recycled != null) {
                recycled.put(file, destination);
                return;
            }
            // computeIfAbsent holds back other writers into the same folder until it is made
            try {
                folders.computeIfAbsent(destination.getParent(), folder -> {
                    try {
                        Files.createDirectories(folder);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Boolean.TRUE;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            file.create(destination);
        }

        public void commit() throws IOException {
            commit(() -> { });
        }

        /**
         * Swaps the new site in, then moves the old one into the trash, or deletes it while
         * {@code meanwhile} runs on another thread: deleting thousands of files is waiting on the file
         * system, which other work can fill.
         */
        public void commit(Runnable meanwhile) throws IOException {
            if (recycled != null) {
                recycled.prune();
            }
            Path replaced = swap(temp, target, parent, name);
            committed = true;
            if (replaced != null && toTrash(replaced)) {
                replaced = null;
            }
            Thread other = new Thread(meanwhile, "subtext-after-swap");
            other.start();
            if (replaced != null) {
                deleteTree(replaced);
            }
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** False where the trash is not on the same file system, or not wanted. */
        private boolean toTrash(Path replaced) {
            if (trash == null) {
                return false;
            }
            try {
                Files.createDirectories(trash);
                Files.move(replaced, trash.resolve(name + "-" + UUID.randomUUID()), StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (!committed) {
                if (recycled != null) {
                    try {
                        recycled.awaitSurvey();
                    } catch (IOException e) {
                        // deleted all the same
                    }
                }
                deleteTree(temp);
            }
        }
    }

    /** Moves {@code temp} to {@code target} and returns where the old site went, or null. */
    private static Path swap(Path temp, Path target, Path parent, String name) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve(OLD_PREFIX + name + "-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return old;
    }

    /**
     * A build killed mid-write leaves its temporary folder behind, and one killed mid-swap leaves the
     * previous site under its old name: restore that, then clear the rest.
     */
    static void removeLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                e -> e.getFileName().toString().startsWith(TEMP_PREFIX + name + "-")
                        || e.getFileName().toString().startsWith(OLD_PREFIX + name + "-"))) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(OLD_PREFIX) && !Files.exists(target)) {
                    Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteTree(entry);
                }
            }
        }
    }

    /**
     * Deletes a site folder: its files on all cores (a large site is thousands of files, and deleting
     * the old one is the last thing a build waits for), then its folders, deepest first.
     */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            List<Path> folders = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            files.parallelStream().forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (int i = folders.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(folders.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
