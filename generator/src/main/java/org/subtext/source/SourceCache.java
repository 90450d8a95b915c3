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
 * without its time moving, so such a file is read afresh every time. A file edited and restored
 * to its old size and time by a tool, or one on a file system that keeps no times, is the case
 * this cannot see; restarting the preview reads everything.
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
                || stamp.modifiedMillis() + stamp.racyMillis() >= previous.readAtMillis()) {
            return null;
        }
        return previous.file();
    }

    /** Records {@code file}, whose stamp was taken before it was read at {@code readAtMillis}. */
    void keep(Path path, BasicFileAttributes attributes, long readAtMillis, SourceFile file) {
        kept.put(path, new Kept(Stamp.of(attributes), readAtMillis, file));
    }
}
