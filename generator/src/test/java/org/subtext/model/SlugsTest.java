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

    /** Ukraine's national transliteration, with the Russian and Belarusian letters it lacks. */
    private static final String CYRILLIC = "а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n"
            + " о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ь _ ю iu я ia ё e ы y э e ъ _ ў u";

    private static String slugifyByPatterns(String name) {
        // an apostrophe after a Cyrillic letter is part of the word
        String latin = name.replaceAll("(?<=[\\u0400-\\u04ff])['\u2019\u02bc]", "");
        String[] pairs = CYRILLIC.split(" ");
        for (int i = 0; i < pairs.length; i += 2) {
            String to = pairs[i + 1].equals("_") ? "" : pairs[i + 1];
            latin = latin.replace(pairs[i], to).replace(pairs[i].toUpperCase(Locale.ROOT), to);
        }
        String lower = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
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
        assertEquals("shcho-bulo-skazano", Slugs.slugify("Що було сказано"));
        assertEquals("heopolityka", Slugs.slugify("Геополітика"));
        assertEquals("piat-gryven", Slugs.slugify("П'ять ґривень"));
    }
}
