package org.subtext.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How text is cut into search terms, the same way search.js cuts a query: runs of letters and
 * digits in any script ({@code \p{L}\p{N}}, so Cyrillic and Greek are words too), folded to lower
 * case without accents ("Zelenskyy", "ZELENSKYY" and "Zelénskyy" are one term).
 */
public final class Words {

    /** Longer runs (a URL's path, a hash) are not words anyone types. */
    static final int MAX_LENGTH = 40;

    private Words() {
    }

    /** Calls {@code term} with each folded word of {@code text}, in order, repeats included. */
    public static void each(String text, Consumer<String> term) {
        each(text, term, null);
    }

    /**
     * As {@link #each(String, Consumer)}; {@code folded} (or null) keeps the folded form of words
     * outside ASCII, which recur across a site and cost a Unicode normalisation each.
     */
    static void each(String text, Consumer<String> term, Map<String, String> folded) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            boolean ascii = true;
            while (i < n) {
                char ch = text.charAt(i);
                if (ch < 128) {
                    if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                        break;
                    }
                    i++;
                    continue;
                }
                int c = text.codePointAt(i);
                if (!isLetterOrNumber(c) && !isMark(c)) {
                    break;
                }
                ascii = false;
                i += Character.charCount(c);
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            if (i - start <= MAX_LENGTH) {
                // marks are dropped by folding, as search.js drops them before it splits a query
                String raw = text.substring(start, i);
                String word = ascii ? raw.toLowerCase(Locale.ROOT)
                        : folded == null ? fold(raw) : folded.computeIfAbsent(raw, Words::fold);
                if (!word.isEmpty()) {
                    term.accept(word);
                }
            }
        }
    }

    /** Lower case without combining marks, as JavaScript's {@code normalize('NFD')} and {@code toLowerCase()}. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code \p{L}} or {@code \p{N}}, as in search.js. */
    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
