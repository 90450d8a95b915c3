package org.subtext.search;

import java.util.Arrays;

/**
 * The documents one term occurs in, in document order, each with the passage it counts best in:
 * {@code code = passage * 8 + weight}. Appended to in document order, so the list stays sorted.
 */
final class Postings {

    private int[] docs = new int[4];
    private int[] codes = new int[4];
    private int size;

    /** The term's entry in a shard as last encoded, or null once the postings changed. */
    private String entry;

    void add(int doc, int code) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            codes = Arrays.copyOf(codes, size * 2);
        }
        docs[size] = doc;
        codes[size] = code;
        size++;
        entry = null;
    }

    /** Adds {@code doc} at its place in document order (a live preview's changed document). */
    void insert(int doc, int code) {
        int at = Arrays.binarySearch(docs, 0, size, doc);
        if (at >= 0) {
            codes[at] = code;
            entry = null;
            return;
        }
        at = -at - 1;
        add(doc, code);
        System.arraycopy(docs, at, docs, at + 1, size - 1 - at);
        System.arraycopy(codes, at, codes, at + 1, size - 1 - at);
        docs[at] = doc;
        codes[at] = code;
    }

    /** Takes {@code doc} out, if it is in. */
    void remove(int doc) {
        int at = Arrays.binarySearch(docs, 0, size, doc);
        if (at >= 0) {
            System.arraycopy(docs, at + 1, docs, at, size - 1 - at);
            System.arraycopy(codes, at + 1, codes, at, size - 1 - at);
            size--;
            entry = null;
        }
    }

    /** {@code "term":"postings"} as a shard has it, made again only after the postings changed. */
    String entry(String term, int cap) {
        if (entry == null) {
            StringBuilder out = new StringBuilder(term.length() + 16 + size * 3);
            org.subtext.json.Json.quote(out, term);
            out.append(":\"");
            encode(out, cap);
            entry = out.append('"').toString();
        }
        return entry;
    }

    int size() {
        return size;
    }

    /**
     * Written as one string: the number of documents, then each kept document as its gap from the
     * previous one and its code. Past {@code cap} documents only the {@code cap} best are kept (by
     * weight, then document order): such a term is in nearly every page, and a search needs its best
     * pages, not all of them.
     */
    void encode(StringBuilder out, int cap) {
        NumberCode.append(out, size);
        int[] keep = kept(cap);
        int previous = 0;
        for (int k : keep) {
            NumberCode.append(out, docs[k] - previous);
            NumberCode.append(out, codes[k]);
            previous = docs[k];
        }
    }

    private int[] kept(int cap) {
        int[] all = new int[size];
        for (int k = 0; k < size; k++) {
            all[k] = k;
        }
        if (size <= cap) {
            return all;
        }
        // weight descending, then document order; then back into document order
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> (codes[b] & 7) != (codes[a] & 7) ? (codes[b] & 7) - (codes[a] & 7) : a - b);
        int[] best = new int[cap];
        for (int k = 0; k < cap; k++) {
            best[k] = order[k];
        }
        Arrays.sort(best);
        return best;
    }
}
