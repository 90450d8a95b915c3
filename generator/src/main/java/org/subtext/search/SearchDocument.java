package org.subtext.search;

import java.util.List;

/**
 * One page as search sees it: where it is, its title, what kind of page it is ("Explainer ·
 * Security", "Actor") and its passages. The words of {@code titleWords} (the title, and a short
 * title where there is one) weigh most and point at the first passage.
 */
public record SearchDocument(String url, String title, String kind, List<Passage> passages, String titleWords) {

    /** The weight of a word of the title, above every passage's. */
    public static final int TITLE_WEIGHT = 7;

    public SearchDocument {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a search document needs a passage for its title to point at");
        }
    }
}
