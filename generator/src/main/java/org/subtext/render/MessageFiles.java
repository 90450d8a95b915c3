package org.subtext.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.subtext.view.Words;

/**
 * The interface words of each language: {@code messages/<code>.properties} (UTF-8) of the built-in
 * templates, English and Ukrainian, under the same file of the project's templates folder, which may
 * override some words of a language or add a language. A language without a file of its own takes
 * English words and dates; a language with one takes English words key by key wherever it says nothing.
 */
public final class MessageFiles {

    private static final String FALLBACK = "en";

    private final Path templatesDir;
    private final Map<String, byte[]> builtIn;
    /** Read once per language: a live preview keeps these files while the templates folder is unchanged. */
    private final Map<String, Words> read = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param builtIn the built-in templates by path, as {@link BuiltInTemplates#files} */
    public MessageFiles(Path templatesDir, Map<String, byte[]> builtIn) {
        this.templatesDir = templatesDir;
        this.builtIn = builtIn;
    }

    /** The words of the language {@code code} ("uk", "pt-BR": Portuguese's, then Brazilian's over them). */
    public Words words(String code) {
        return read.computeIfAbsent(code, this::readWords);
    }

    private Words readWords(String code) {
        Map<String, String> words = new HashMap<>();
        read(FALLBACK, words);
        String primary = code.split("-")[0];
        boolean found = primary.equals(FALLBACK) || read(primary, words);
        found |= !code.equals(primary) && read(code, words);
        return new Words(code, found ? Locale.forLanguageTag(code) : Locale.forLanguageTag(FALLBACK), words);
    }

    /** Adds the built-in file of {@code code}, then the project's; whether either exists. */
    private boolean read(String code, Map<String, String> into) {
        String name = "messages/" + code + ".properties";
        boolean found = false;
        byte[] shipped = builtIn.get(name);
        if (shipped != null) {
            load(new String(shipped, StandardCharsets.UTF_8), into);
            found = true;
        }
        Path own = templatesDir.resolve(name);
        if (Files.isRegularFile(own)) {
            try {
                load(Files.readString(own, StandardCharsets.UTF_8), into);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            found = true;
        }
        return found;
    }

    private static void load(String text, Map<String, String> into) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((key, value) -> into.put((String) key, (String) value));
    }
}
