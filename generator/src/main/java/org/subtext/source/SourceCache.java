package org.subtext.source;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files a live preview read before, kept with the size, modification time and identity they had,
 * so a rebuild re-reads only what changed on disk. Like Git's index it distrusts "racily clean"
 * files: one modified shortly before it was read could change again within the same clock tick
 * without its time moving, so such a file is read afresh every time.
 */
public final class SourceCache {

    /** Wider than the coarsest timestamp granularity in use (FAT's two seconds). */
    private static final long RACY_MILLIS = 3_000;

    private record Stamp(long size, long modifiedMillis, Object fileKey) {
        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.fileKey());
        }
    }

    private record Kept(Stamp stamp, long readAtMillis, SourceFile file) {
    }

    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();

    /** The file as read before, while its stamp is unchanged and it was not racily clean then. */
    SourceFile find(Path path, BasicFileAttributes attributes) {
        Kept previous = kept.get(path);
        if (previous == null) {
            return null;
        }
        Stamp stamp = Stamp.of(attributes);
        if (!Objects.equals(previous.stamp(), stamp)
                || stamp.modifiedMillis() + RACY_MILLIS >= previous.readAtMillis()) {
            return null;
        }
        return previous.file();
    }

    /** Records {@code file}, whose stamp was taken before it was read at {@code readAtMillis}. */
    void keep(Path path, BasicFileAttributes attributes, long readAtMillis, SourceFile file) {
        kept.put(path, new Kept(Stamp.of(attributes), readAtMillis, file));
    }
}
