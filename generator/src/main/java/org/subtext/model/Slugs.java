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

    private static String slugifyUnicode(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
