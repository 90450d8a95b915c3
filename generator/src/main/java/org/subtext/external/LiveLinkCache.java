package org.subtext.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The addresses found live in the last day, one {@code instant<TAB>url} a line. Only live answers are
 * kept: a dead link is asked again on every run, so a fix, or the end of an outage, shows at once.
 * A missing or damaged file is an empty cache; one that cannot be written is skipped.
 */
final class LiveLinkCache {

    static final Duration LIFETIME = Duration.ofDays(1);

    private final Path file;
    private final Map<String, Instant> checked = new TreeMap<>();

    private LiveLinkCache(Path file) {
        this.file = file;
    }

    /** The entries younger than a day at {@code now}; {@code file} null keeps nothing. */
    static LiveLinkCache load(Path file, Instant now) {
        LiveLinkCache cache = new LiveLinkCache(file);
        if (file == null || !Files.isRegularFile(file)) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    cache.put(line.substring(tab + 1), Instant.parse(line.substring(0, tab)), now);
                }
            }
        } catch (IOException | DateTimeParseException e) {
            cache.checked.clear();
        }
        return cache;
    }

    boolean isLive(String url) {
        return checked.containsKey(url);
    }

    void put(String url, Instant when, Instant now) {
        if (!when.isAfter(now) && when.plus(LIFETIME).isAfter(now)) {
            checked.put(url, when);
        }
    }

    void save() {
        if (file == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        checked.forEach((url, when) -> out.append(when).append('\t').append(url).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, out, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written costs the next run some requests, nothing more
        }
    }
}
