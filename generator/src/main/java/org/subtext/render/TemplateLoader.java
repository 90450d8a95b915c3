package org.subtext.render;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;

/**
 * Finds a template in the project's templates folder, file by file over the built-in set (as Hugo
 * themes and Zola do): a site overrides only the templates it changes. Names are Pebble's, without
 * ".peb"; only a name starting with "./" or "../" is relative to the template that includes it.
 */
final class TemplateLoader implements Loader<String> {

    private final Path folder;
    private final String folderDisplay;
    private final Map<String, byte[]> builtIn;

    TemplateLoader(Path folder, String folderDisplay, Map<String, byte[]> builtIn) {
        this.folder = folder;
        this.folderDisplay = folderDisplay;
        this.builtIn = builtIn;
    }

    @Override
    public Reader getReader(String name) {
        Path file = folder.resolve(name + ".peb");
        if (Files.isRegularFile(file)) {
            try {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LoaderException(e, "cannot read " + folderDisplay + name + ".peb: " + e.getMessage());
            }
        }
        byte[] bytes = builtIn.get(name + ".peb");
        if (bytes == null) {
            throw new LoaderException(null, "no template '" + name + ".peb': looked in " + folderDisplay
                    + " and among the built-in templates");
        }
        return new StringReader(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath == null || !relativePath.startsWith(".") ? null
                : PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return Files.isRegularFile(folder.resolve(templateName + ".peb")) || builtIn.containsKey(templateName + ".peb");
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }
}
