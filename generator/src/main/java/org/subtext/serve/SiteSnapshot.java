package org.subtext.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.subtext.output.OutputFile;

/**
 * One complete build held in memory: what the server answers from until the next good build, and
 * the drafts it left out (where each would be published, to its source file).
 */
final class SiteSnapshot {

    /** Before the first good build. */
    static final SiteSnapshot EMPTY = new SiteSnapshot(List.of(), Map.of());

    private final Map<String, OutputFile> files;
    private final Map<String, String> drafts;

    SiteSnapshot(List<OutputFile> built, Map<String, String> drafts) {
        files = new HashMap<>(built.size() * 4 / 3 + 1);
        built.forEach(file -> files.put(file.path(), file));
        this.drafts = Map.copyOf(drafts);
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    /** The draft left out that would be published at {@code path}: its folder and source file, or null. */
    Map.Entry<String, String> draftAt(String path) {
        for (Map.Entry<String, String> draft : drafts.entrySet()) {
            if (path.startsWith(draft.getKey()) || draft.getKey().equals(path + "/")) {
                return draft;
            }
        }
        return null;
    }

    byte[] bytes(String path) throws IOException {
        OutputFile file = files.get(path);
        return file.bytes() != null ? file.bytes() : Files.readAllBytes(file.copyFrom());
    }

    /** Paths whose bytes differ from {@code previous}, or that are new: what a rebuild changed. */
    int changedSince(SiteSnapshot previous) {
        int changed = 0;
        for (Map.Entry<String, OutputFile> entry : files.entrySet()) {
            OutputFile before = previous.files.get(entry.getKey());
            if (before == null || entry.getValue().bytes() == null
                    || !java.util.Arrays.equals(before.bytes(), entry.getValue().bytes())) {
                changed++;
            }
        }
        return changed;
    }
}
