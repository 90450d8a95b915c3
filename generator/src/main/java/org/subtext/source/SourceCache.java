package org.subtext.source;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files a live preview read before, kept with the size, modification time and identity they had,
 * so a rebuild re-reads only what changed on disk. Like Git's index it distrusts "racily clean"
 * files: one modified shortly before it was read could change again within the same clock tick
 * without its time moving, so such a file is read afresh every time. A file edited and restored
 * to its old size and time by a tool, or one on a file system that keeps no times, is the case
 * this cannot see; restarting the preview reads everything. Once a watcher reports changes
 * ({@link #watched}), files it did not name are not even looked at.
 */
public final class SourceCache {

    /**
     * How recent a file's time may be and still be trusted. Where times have whole seconds only
     * (FAT, HFS+, some network shares) it must be wider than the coarsest of those, FAT's two seconds;
     * where they have a fraction, the clock behind them ticks every 1 to 10 ms (Linux's coarse
     * clock), and a tenth of a second is ample.
     */
    private static final long RACY_MILLIS_WHOLE_SECONDS = 3_000;
    private static final long RACY_MILLIS_FINE = 100;

    private record Stamp(long size, long modifiedMillis, boolean wholeSecond, Object fileKey) {
        static Stamp of(BasicFileAttributes attributes) {
            java.time.Instant modified = attributes.lastModifiedTime().toInstant();
            return new Stamp(attributes.size(), modified.toEpochMilli(), modified.getNano() == 0,
                    attributes.fileKey());
        }

        long racyMillis() {
            return wholeSecond ? RACY_MILLIS_WHOLE_SECONDS : RACY_MILLIS_FINE;
        }
    }

    private record Kept(Stamp stamp, long readAtMillis, SourceFile file, boolean symbolicLink) {
    }

    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    /** Paths the watcher reported since the loads that started before it did; a folder stands for all inside. */
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    private volatile boolean watched;
    private volatile Path[] reportedNow = new Path[0];

    /**
     * From now on a watcher reports every change under the content folder (by real path, an
     * overflow as the folder itself): files it did not name are taken as they were, unlooked at.
     * Its first report must cover every change since before the first load.
     */
    public void watched(Collection<Path> paths) {
        changed.addAll(paths);
        watched = true;
    }

    /** What the watcher had reported when a load starts; {@link #loaded} forgets just those. */
    Set<Path> startLoad() {
        Set<Path> seen = Set.copyOf(changed);
        reportedNow = seen.toArray(Path[]::new);
        return seen;
    }

    void loaded(Set<Path> seen) {
        changed.removeAll(seen);
    }

    /**
     * The folder's entries, sorted, as listed before, when the watcher reported nothing that could have
     * added or taken one away: nothing at or above the folder, and every path reported in it one that
     * was listed and is still there (a save). Null when it must be listed again.
     */
    List<Path> listed(Path folder) {
        List<Path> before = listings.get(folder);
        if (!watched || before == null) {
            return null;
        }
        for (Path reported : reportedNow) {
            if (folder.startsWith(reported)) {
                return null;
            }
            if (folder.equals(reported.getParent()) && (java.util.Collections.binarySearch(before, reported) < 0
                    || !Files.exists(reported, LinkOption.NOFOLLOW_LINKS))) {
                return null;
            }
        }
        return before;
    }

    /** Keeps a folder's sorted entries for {@link #listed}. */
    void list(Path folder, List<Path> entries) {
        listings.put(folder, entries);
    }

    /**
     * The file as read before, without a look at the disk, when a watcher reported no change to it
     * (or to a folder above it) since; never for symbolic links, whose targets change unreported.
     */
    SourceFile unchanged(Path path, String displayPath) {
        if (!watched) {
            return null;
        }
        Kept previous = kept.get(path);
        if (previous == null || previous.symbolicLink() || !previous.file().displayPath().equals(displayPath)) {
            return null;
        }
        // what the watcher reports during a load comes with its next call, so this load's list suffices
        for (Path reported : reportedNow) {
            if (path.startsWith(reported)) {
                return null;
            }
        }
        return previous.file();
    }

    /**
     * The file as read before, while its stamp is unchanged and it was not racily clean then; never
     * once a watcher reports changes.
     */
    SourceFile find(Path path, BasicFileAttributes attributes) {
        Kept previous = kept.get(path);
        // with a watcher, a file asked about here is one it reported (or a link): read it, whatever its stamp
        if (previous == null || watched) {
            return null;
        }
        Stamp stamp = Stamp.of(attributes);
        if (!Objects.equals(previous.stamp(), stamp)
                || stamp.modifiedMillis() + stamp.racyMillis() >= previous.readAtMillis()) {
            return null;
        }
        return previous.file();
    }

    /** Records {@code file}, whose stamp was taken before it was read at {@code readAtMillis}. */
    void keep(Path path, BasicFileAttributes attributes, long readAtMillis, SourceFile file, boolean symbolicLink) {
        kept.put(path, new Kept(Stamp.of(attributes), readAtMillis, file, symbolicLink));
    }
}
