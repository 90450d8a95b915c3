package org.subtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
