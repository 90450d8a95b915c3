package org.subtext.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The slug check and slugify, written as loops, give what the patterns they replace give. */
class SlugsTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static String slugifyByPatterns(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    @Property(tries = 3000)
    void asciiNamesAsThePatternsGive(@ForAll @StringLength(max = 24) @CharRange(from = 0, to = 127) String name) {
        assertEquals(SLUG.matcher(name).matches(), Slugs.isSlug(name), name);
        assertEquals(slugifyByPatterns(name), Slugs.slugify(name), name);
    }

    @Property(tries = 3000)
    void slugLikeNamesAsThePatternsGive(@ForAll @StringLength(max = 12) @Chars({'a', 'z', '0', '9', '-', 'A', ' ', '_'})
                                        String name) {
        assertEquals(SLUG.matcher(name).matches(), Slugs.isSlug(name), name);
        assertEquals(slugifyByPatterns(name), Slugs.slugify(name), name);
    }

    @Property(tries = 2000)
    void anyNamesAsThePatternsGive(@ForAll @StringLength(max = 16) String name) {
        assertEquals(SLUG.matcher(name).matches(), Slugs.isSlug(name), name);
        assertEquals(slugifyByPatterns(name), Slugs.slugify(name), name);
    }

    @Test
    void examples() {
        assertEquals("ready-on-whose-terms", Slugs.slugify("Ready on whose terms?"));
        assertEquals("cafe-deja-vu", Slugs.slugify("  Café — déjà vu! "));
        assertEquals("", Slugs.slugify("--"));
        assertEquals(false, Slugs.isSlug(""));
        assertEquals(false, Slugs.isSlug("a--b"));
        assertEquals(false, Slugs.isSlug("-a"));
        assertEquals(true, Slugs.isSlug("a-1"));
    }
}
