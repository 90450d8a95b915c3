package org.subtext.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.subtext.output.OutputFile;

/** One complete build held in memory: what the server answers from until the next good build. */
final class SiteSnapshot {

    static final SiteSnapshot EMPTY = new SiteSnapshot(List.of());

    private final Map<String, OutputFile> files = new HashMap<>();

    SiteSnapshot(List<OutputFile> built) {
        built.forEach(file -> files.put(file.path(), file));
    }

    boolean has(String path) {
        return files.containsKey(path);
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
