package org.subtext.source;

import java.nio.file.Path;

/** A file under {@code content/assets/} copied to the site as it is. */
public record AssetFile(String path, Path file) {
}
