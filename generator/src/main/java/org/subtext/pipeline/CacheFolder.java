package org.subtext.pipeline;

import java.nio.file.Path;

/**
 * .subtext-cache/ beside the output folder: the card cache and the replaced site
 * waiting for deletion. Beside, not inside, because the output folder is replaced as a whole.
 */
final class CacheFolder {

    private CacheFolder() {
    }

    static Path of(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent() == null ? target : target.getParent();
        return parent.resolve(".subtext-cache");
    }
}
