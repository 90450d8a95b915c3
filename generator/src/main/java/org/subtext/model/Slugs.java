package org.subtext.model;

import java.text.Normalizer;
import java.util.Locale;

/** Ids and slugs as the format defines them: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 80 characters. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * Whether {@code text} is a slug: runs of lower-case ASCII letters and digits joined by single
     * hyphens. A loop, not a
     * pattern: every id of every file is checked.
     */
    public static boolean isSlug(String text) {
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * The nearest valid slug to a name: accents dropped, lower case, each run of anything else one
     * hyphen, none at either end. Heading ids and section URLs are made this way too, so plain ASCII
     * (nearly every name) takes a loop; anything else goes through Unicode decomposition.
     */
    public static String slugify(String name) {
        StringBuilder slug = new StringBuilder(name.length());
        boolean hyphen = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return slugifyUnicode(name);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                hyphen = false;
                slug.append(c);
            } else {
                hyphen = true;
            }
        }
        return slug.toString();
    }

    /**
     * Cyrillic letters in Latin (Ukraine's national transliteration, with the Russian letters it lacks),
     * so that a Cyrillic heading or section gets an id that says something instead of none.
     */
    private static final String[] CYRILLIC = new String[0x500 - 0x400];

    static {
        String[][] table = {{"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "h"}, {"ґ", "g"}, {"д", "d"}, {"е", "e"},
            {"є", "ie"}, {"ж", "zh"}, {"з", "z"}, {"и", "y"}, {"і", "i"}, {"ї", "i"}, {"й", "i"}, {"к", "k"},
            {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"},
            {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ь", ""},
            {"ю", "iu"}, {"я", "ia"}, {"ё", "e"}, {"ы", "y"}, {"э", "e"}, {"ъ", ""}, {"ў", "u"}};
        for (String[] pair : table) {
            char lower = pair[0].charAt(0);
            CYRILLIC[lower - 0x400] = pair[1];
            CYRILLIC[Character.toUpperCase(lower) - 0x400] = pair[1];
        }
    }

    private static String transliterated(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String latin = c >= 0x400 && c < 0x500 ? CYRILLIC[c - 0x400] : null;
            if (latin != null) {
                out.append(latin);
            } else if (!(c == '\'' || c == '\u2019' || c == '\u02bc') || i == 0 || !cyrillic(name.charAt(i - 1))) {
                // an apostrophe after a Cyrillic letter ("п'ять") is no break in the word
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean cyrillic(char c) {
        return c >= 0x400 && c < 0x500;
    }

    private static String slugifyUnicode(String name) {
        String lower = Normalizer.normalize(transliterated(name), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
