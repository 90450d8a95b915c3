package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.render.SocialCard;

/** The card cache keeps a card only once it is checked, so a bad one is never copied into later builds. */
class CardCacheTest {

    private static final SocialCard.Text TEXT = new SocialCard.Text("Minsk", "Geopolitics", "5 September 2014",
            "A site");

    @Test
    void aCardOfItsTextIsKeptAndFoundAgain(@TempDir Path dir) throws IOException {
        byte[] png = SocialCard.png(TEXT);
        new CardCache(dir.resolve("site")).store(TEXT, png);
        Path found = new CardCache(dir.resolve("site")).find(TEXT);
        assertNotNull(found);
        assertArrayEquals(png, Files.readAllBytes(found));
    }

    @Test
    void anImageThatIsNotTheCardOfItsTextIsNotKept(@TempDir Path dir) {
        CardCache cache = new CardCache(dir.resolve("site"));
        byte[] png = SocialCard.png(TEXT);
        cache.store(TEXT, Arrays.copyOf(png, png.length - 100));
        cache.store(TEXT, SocialCard.png(new SocialCard.Text("Minsk", "Geopolitics", "6 September 2014", "A site")));
        assertNull(new CardCache(dir.resolve("site")).find(TEXT));
    }

    private static final SocialCard.Text OTHER = new SocialCard.Text("Istanbul", "Geopolitics", "16 May 2025",
            "A site");

    /** Two output folders of one parent share the cache: one's build must not delete the other's cards. */
    @Test
    void aBuildBesideAnotherSiteKeepsThatSitesCards(@TempDir Path dir) {
        new CardCache(dir.resolve("site")).store(TEXT, SocialCard.png(TEXT));
        CardCache beside = new CardCache(dir.resolve("preview"));
        beside.store(OTHER, SocialCard.png(OTHER));
        assertNotNull(beside.find(OTHER));
        beside.prune();
        assertNotNull(new CardCache(dir.resolve("site")).find(TEXT), "the other site's card was pruned");
    }

    /** Unused for longer than the cache keeps cards: forgotten; used again: kept and marked fresh. */
    @Test
    void aCardNoBuildUsedForLongIsForgottenAndOneFoundIsMarkedUsed(@TempDir Path dir) throws IOException {
        CardCache first = new CardCache(dir.resolve("site"));
        first.store(TEXT, SocialCard.png(TEXT));
        first.store(OTHER, SocialCard.png(OTHER));
        FileTime old = FileTime.from(Instant.now().minus(CardCache.KEEP_UNUSED).minus(Duration.ofDays(1)));
        Path cards = dir.resolve(".subtext-cache/cards");
        Files.setLastModifiedTime(cards.resolve(CardCache.name(TEXT)), old);
        Files.setLastModifiedTime(cards.resolve(CardCache.name(OTHER)), old);

        CardCache next = new CardCache(dir.resolve("site"));
        assertNotNull(next.find(OTHER));
        next.prune();
        assertNull(new CardCache(dir.resolve("site")).find(TEXT), "a card unused for long stays");
        assertTrue(Files.getLastModifiedTime(cards.resolve(CardCache.name(OTHER))).toInstant()
                .isAfter(Instant.now().minus(Duration.ofDays(1))), "a card found is not marked as used");
    }
}
