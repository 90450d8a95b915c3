package org.subtext.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        boolean recycled = recycle(name, temp);
        if (!recycled) {
            Files.createDirectory(temp);
        }
        return new Staging(temp, target, parent, name, trash, recycled);
    }

    /**
     * Takes the site the last build replaced out of the trash, as the folder to write the new one
     * into; false where the trash holds none. On a file system that allocates inodes the way ext4
     * without a journal does, making a file or folder skips over every inode freed in the last minute,
     * one by one: deleting the old site and making the new one in the same build was a fifth of the
     * build's time at 10,000 explainers. Writing into the old site's files and folders frees and
     * allocates almost nothing.
     */
    private boolean recycle(String name, Path temp) {
        if (trash == null || !Files.isDirectory(trash)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(trash,
                e -> e.getFileName().toString().startsWith(name + "-"))) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.move(entry, temp, StandardCopyOption.ATOMIC_MOVE);
                        return true;
                    } catch (IOException e) {
                        // another build took it: try the next, or start afresh
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return false;
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
        /** What a recycled site had, sorted out by {@link #survey}; null for a fresh folder. */
        private final Old old;
        private final Thread surveying;

        private Staging(Path temp, Path target, Path parent, String name, Path trash, boolean recycled) {
            this.temp = temp;
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.trash = trash;
            this.old = recycled ? new Old() : null;
            this.surveying = recycled ? survey() : null;
        }

        /**
         * The recycled site's files that only it names (regular files with one link), which the new
         * site's files of the same path are written into; its folders; and the paths this build wrote.
         */
        private static final class Old {
            final Set<Path> files = ConcurrentHashMap.newKeySet();
            /** In the order met, parents first. */
            final Set<Path> folders = new LinkedHashSet<>();
            final Set<Path> written = ConcurrentHashMap.newKeySet();
            volatile boolean complete;
        }

        public void put(OutputFile file) throws IOException {
            Path destination = temp.resolve(file.path()).normalize();
            if (!destination.startsWith(temp) || destination.equals(temp)) {
                throw new IOException("refusing to write outside the site folder: " + file.path());
            }
            if (old != null) {
                putRecycled(file, destination);
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
            create(file, destination);
        }

        private void putRecycled(OutputFile file, Path destination) throws IOException {
            awaitSurvey();
            try {
                folder(destination.getParent());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            old.written.add(destination);
            boolean was = old.files.remove(destination);
            if (was && file.bytes() != null) {
                overwrite(destination, file.bytes());
                return;
            }
            if (was) {
                Files.delete(destination);
            }
            try {
                create(file, destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // a folder of the old site where this file belongs
                deleteTree(destination);
                create(file, destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        }

        /**
         * Writes over a file of the old site from its start and cuts what is left of it: its blocks
         * are mostly written again rather than freed and allocated anew, which on a file system that
         * discards freed blocks is waiting on the disk.
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
         * A hard link where allowed, else a copy or the bytes, written with {@code options}: none in a
         * fresh folder, create-new in a recycled one, where anything already there must not be
         * written through.
         */
        private static void create(OutputFile file, Path destination, OpenOption... options) throws IOException {
            if (file.linkable() && link(file.copyFrom(), destination)) {
                return;
            }
            if (file.copyFrom() != null) {
                Files.copy(file.copyFrom(), destination);
            } else {
                Files.write(destination, file.bytes(), options);
            }
        }

        /**
         * Sorts the recycled site's entries on a thread of its own while the build reads and parses:
         * a regular file with one link is kept to be written into; any other file is deleted now, so
         * nothing is ever written through it: a hard link into the published site (a page the last
         * build took unchanged) or into the card cache, or a link out of the site.
         */
        private Thread survey() {
            Thread thread = new Thread(() -> {
                try {
                    sort(temp);
                    old.complete = true;
                } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
                    // what was not sorted is replaced where a file is written over it, and pruned before the swap
                }
            }, "subtext-survey");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        /**
         * Sorts one folder's entries, each read with a single lstat (a walk of the file tree reads
         * each file's type, and the link count would have taken a second call).
         */
        private void sort(Path folder) throws IOException {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    Map<String, Object> attributes = Files.readAttributes(entry, "unix:mode,nlink",
                            LinkOption.NOFOLLOW_LINKS);
                    int type = (Integer) attributes.get("mode") & FILE_TYPE;
                    if (type == DIRECTORY) {
                        old.folders.add(entry);
                        sort(entry);
                    } else if (type == REGULAR_FILE && (Integer) attributes.get("nlink") == 1) {
                        old.files.add(entry);
                    } else {
                        Files.delete(entry);
                    }
                }
            }
        }

        /** The file type bits of a Unix mode, and two of their values (sys/stat.h). */
        private static final int FILE_TYPE = 0170000;
        private static final int DIRECTORY = 0040000;
        private static final int REGULAR_FILE = 0100000;

        private void awaitSurvey() throws IOException {
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
         * Makes sure a folder of the recycled site is a folder, its parents first, each once: the old
         * site may have had a file where the new one has a folder.
         */
        private void folder(Path folder) {
            if (folder.equals(temp) || folders.containsKey(folder)) {
                return;
            }
            folder(folder.getParent());
            folders.computeIfAbsent(folder, f -> {
                if (old.complete && old.folders.contains(f)) {
                    return Boolean.TRUE;
                }
                try {
                    if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                        if (old.files.remove(f) || Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
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

        /** Removes what the recycled site had and this build did not write, so that no stale page is published. */
        private void prune() throws IOException {
            awaitSurvey();
            if (!old.complete) {
                prune(temp);
                return;
            }
            for (Path file : old.files) {
                try {
                    Files.deleteIfExists(file);
                } catch (FileSystemException e) {
                    // gone with a folder where this build wrote a file
                    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                }
            }
            for (Path folder : old.folders) {
                if (!folders.containsKey(folder) && !old.written.contains(folder)) {
                    deleteTree(folder);
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
                    } else if (!old.written.contains(entry)) {
                        stale.add(entry);
                    }
                }
            }
            for (Path entry : stale) {
                deleteTree(entry);
            }
            for (Path entry : kept) {
                prune(entry);
            }
        }

        /** A hard link costs a folder entry where a copy costs the file's bytes; false where links are refused. */
        private static boolean link(Path from, Path destination) {
            try {
                Files.createLink(destination, from);
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
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
            if (old != null) {
                prune();
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
                if (surveying != null) {
                    try {
                        awaitSurvey();
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
