package org.subtext.frontmatter;

/** Plain YAML scalars whose type every reader agrees on, told by loops rather than patterns. */
final class PlainScalars {

    private PlainScalars() {
    }

    /**
     * A plain scalar that YAML can only read as a string, told without the resolver's patterns (nearly
     * a percent of a large build): it starts with a letter, and either no boolean or null starts with
     * that letter, or it is longer than any of them ("false" is the longest).
     */
    static boolean plainText(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean letter = first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
        return letter && (value.length() > 5 || "yYnNtTfFoO".indexOf(first) < 0);
    }

    /** "12", "-3", "4.5": numbers every reader agrees on (no leading zeros, signs, exponents). */
    static boolean simpleNumber(String value) {
        int p = value.startsWith("-") ? 1 : 0;
        int digits = p;
        while (p < value.length() && value.charAt(p) >= '0' && value.charAt(p) <= '9') {
            p++;
        }
        if (p == digits || value.charAt(digits) == '0' && p > digits + 1) {
            return false;
        }
        if (p < value.length() && value.charAt(p) == '.') {
            int fraction = ++p;
            while (p < value.length() && value.charAt(p) >= '0' && value.charAt(p) <= '9') {
                p++;
            }
            return p > fraction && p == value.length();
        }
        return p == value.length();
    }

    static boolean keyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static boolean keyPart(char c) {
        return keyStart(c) || c == '-';
    }
}
