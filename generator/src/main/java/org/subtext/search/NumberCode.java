package org.subtext.search;

/**
 * Whole numbers as short runs of characters that need no escaping in JSON: base 32, most significant
 * digit first, the last digit from one half of a 64-character alphabet and the others from the other
 * half (so numbers need no separator). Below 32 a number is one character; a posting is about three.
 * search.js decodes it.
 */
final class NumberCode {

    /** 0-31: a number's last digit; 32-63: a digit with more to follow. */
    static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";

    private NumberCode() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int digits = 1;
        for (int v = value >>> 5; v > 0; v >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d >= 0; d--) {
            int digit = (value >>> (5 * d)) & 31;
            out.append(ALPHABET.charAt(d == 0 ? digit : digit + 32));
        }
    }
}
