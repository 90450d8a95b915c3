package org.subtext.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every term of the index with its postings, in sorted order. Kept by a live preview's index from
 * one build to the next and brought up to date through the documents whose terms changed (a save
 * changes one or two of a thousand), so each save neither gathers every document's terms again nor
 * encodes every term's postings: only a changed term's entry is encoded again. A document is known
 * by its place in the index and its terms by the arrays' identity (an unchanged document's are
 * the same arrays); when the number of documents changes, everything is gathered afresh.
 */
final class Terms {

    private final Map<String, Postings> postings = new HashMap<>(1 << 16);
    private List<String> sorted;
    private List<String[]> lastTerms;
    private List<int[]> lastCodes;

    /** Takes in each document's terms and their codes, by the document's place. */
    void update(List<String[]> terms, List<int[]> codes) {
        if (lastTerms == null || lastTerms.size() != terms.size()) {
            postings.clear();
            sorted = null;
            for (int n = 0; n < terms.size(); n++) {
                String[] t = terms.get(n);
                int[] c = codes.get(n);
                for (int k = 0; k < t.length; k++) {
                    postings.computeIfAbsent(t[k], x -> new Postings()).add(n, c[k]);
                }
            }
        } else {
            for (int n = 0; n < terms.size(); n++) {
                if (terms.get(n) != lastTerms.get(n) || codes.get(n) != lastCodes.get(n)) {
                    change(n, lastTerms.get(n), lastCodes.get(n), terms.get(n), codes.get(n));
                }
            }
        }
        lastTerms = terms;
        lastCodes = codes;
    }

    /**
     * Only the terms whose code for {@code doc} changed are touched: a save changes a few words of a
     * document, and each touched term's entry is encoded again, however many documents it is in.
     */
    private void change(int doc, String[] before, int[] beforeCodes, String[] after, int[] codes) {
        Map<String, Integer> gone = new HashMap<>(before.length * 2);
        for (int k = 0; k < before.length; k++) {
            gone.put(before[k], beforeCodes[k]);
        }
        for (int k = 0; k < after.length; k++) {
            Integer was = gone.remove(after[k]);
            if (was != null && was == codes[k]) {
                continue;
            }
            Postings p = postings.get(after[k]);
            if (p == null) {
                p = new Postings();
                postings.put(after[k], p);
                sorted = null;
            }
            p.insert(doc, codes[k]);
        }
        for (String term : gone.keySet()) {
            Postings p = postings.get(term);
            p.remove(doc);
            if (p.size() == 0) {
                postings.remove(term);
                sorted = null;
            }
        }
    }

    /** The terms in order. */
    List<String> sorted() {
        if (sorted == null) {
            sorted = new ArrayList<>(postings.keySet());
            sorted.sort(null);
        }
        return sorted;
    }

    /** {@code "term":"postings"}, as a shard has it. */
    String entry(String term, int cap) {
        return postings.get(term).entry(term, cap);
    }
}
