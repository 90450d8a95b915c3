package org.subtext.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.subtext.render.SocialCard;

/**
 * Social cards drawn by earlier builds, kept beside the output folder in .subtext-cache/cards/ under a
 * hash of their text and of the drawing code: drawing and compressing a card costs far more than its
 * page, so a card is drawn once for its text, not once per build. A cache that cannot be read or
 * written only means drawing again.
 */
final class CardCache {

    private static final String VERSION = drawingCodeHash();

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    CardCache(Path out) {
        this.dir = CacheFolder.of(out).resolve("cards");
    }

    /**
     * The cached image of {@code text}, or null. A card found is marked as used today (at most once a
     * day), so that a site built into a folder beside this one, which shares the cache, keeps it.
     */
    Path find(SocialCard.Text text) {
        String name = name(text);
        used.add(name);
        Path file = dir.resolve(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            Instant now = Instant.now();
            if (attributes.lastModifiedTime().toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Keeps {@code png} for later builds if it is the card of {@code text} drawn again: a card drawn
     * wrong once, or a broken file, would otherwise be copied into every build that follows.
     */
    void store(SocialCard.Text text, byte[] png) {
        if (!SocialCard.isCardOf(text, png)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".card-", ".tmp");
            Files.write(temp, png);
            Files.move(temp, dir.resolve(name(text)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the card is in the site already; only the next build's shortcut is lost
        }
    }

    /**
     * Forgets the cards this build did not use and no build used for {@link #KEEP_UNUSED}: the cache
     * is shared by every output folder of one parent folder (a site and its preview copy, two sites
     * side by side), and forgetting all unused cards made each build delete the other's.
     */
    void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant stale = Instant.now().minus(KEEP_UNUSED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (!used.contains(file.getFileName().toString())
                        && Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a stale card costs disk space only
        }
    }

    /** How long a card no build uses stays in the cache. */
    static final Duration KEEP_UNUSED = Duration.ofDays(30);

    /** The file name of the card of {@code text}: a hash of the text and of the drawing code. */
    static String name(SocialCard.Text text) {
        return sha256(String.join("\u0000", VERSION, text.title(), text.section(), String.valueOf(text.date()),
                text.site(), String.valueOf(text.claimed()), String.valueOf(text.precise()),
                String.valueOf(text.claimedLabel()), String.valueOf(text.preciseLabel()))
                .getBytes(StandardCharsets.UTF_8)) + ".png";
    }

    /**
     * Any change to how cards are drawn (code, colours, sizes) or encoded changes a class file, and so
     * every key.
     */
    private static String drawingCodeHash() {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (String name : new String[] {"SocialCard.class", "CardLayout.class", "CardPng.class"}) {
            try (InputStream in = SocialCard.class.getResourceAsStream(name)) {
                if (in == null) {
                    return "unknown";
                }
                code.writeBytes(in.readAllBytes());
            } catch (IOException e) {
                return "unknown";
            }
        }
        return sha256(code.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
