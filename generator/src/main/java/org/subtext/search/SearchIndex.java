package org.subtext.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.subtext.concurrent.Parallel;
import org.subtext.graph.RenderedExplainer;
import org.subtext.json.Json;
import org.subtext.output.OutputFile;

/**
 * The search index, split the way Pagefind splits one so that a search reads a small part of it:
 * <ul>
 * <li>{@code search/index.json}, the manifest: the number of documents and the first term of each shard;
 * <li>{@code search/terms/N.json}, the shards: consecutive runs of the sorted terms, each term with its
 *     documents (see {@link Postings}), so a query reads only the shards its words fall in;
 * <li>{@code search/docs/N.json}, one fragment per document: its URL, title, kind and passages, read
 *     only for the results shown.
 * </ul>
 * Shards are at least {@value #MIN_SHARD} bytes and at most {@value #MAX_SHARDS} of them, so their
 * number stays bounded however large the site. {@code prefix} puts the files under a folder (a
 * language's edition). A writer kept across the builds of a live preview reuses the work of
 * documents it has seen, by value.
 */
public final class SearchIndex implements SearchDocuments.Cache {

    /** A term in more documents keeps its best {@value} (see {@link Postings#encode}). */
    public static final int CAP = 1000;
    static final int MIN_SHARD = 16 * 1024;
    static final int MAX_SHARDS = 400;

    /** A document's terms with their best codes, and its fragment (kept only by an index that keeps). */
    private record Made(String[] terms, int[] codes, byte[] fragment) {
    }

    /**
     * Whether documents and their made terms are kept for the next build (a live preview's index); a
     * build's keeps nothing, so each document's text and fragment are garbage once it is indexed.
     */
    private final boolean keeps;
    private final Map<RenderedExplainer, SearchDocument> explainers = new IdentityHashMap<>();
    /**
     * What each document of the last build made, by value: an explainer's document is the same object
     * while its explainer is (hashing it then reads its strings' cached hashes), and the small documents
     * of actors, authors, pages and events are made anew each build but equal while their text is.
     */
    private Map<SearchDocument, Made> made = new HashMap<>();
    /**
     * The same by identity, asked first: an unchanged explainer's document is the very object, and
     * hashing a document by value reads every passage.
     */
    private Map<SearchDocument, Made> madeBySelf = new IdentityHashMap<>();
    /** The terms of the last build, brought up to date by the next (an index that keeps only). */
    private final Terms keptTerms = new Terms();

    private SearchIndex(boolean keeps) {
        this.keeps = keeps;
    }

    /** An index for one build. */
    public static SearchIndex once() {
        return new SearchIndex(false);
    }

    /** An index kept across the builds of a live preview, reusing the work of documents it has seen. */
    public static SearchIndex kept() {
        return new SearchIndex(true);
    }

    /** Asked from the threads {@link #write} indexes on, while it holds the index: a lock of its own. */
    @Override
    public SearchDocument explainer(RenderedExplainer rendered, Supplier<SearchDocument> make) {
        if (!keeps) {
            return make.get();
        }
        synchronized (explainers) {
            SearchDocument known = explainers.get(rendered);
            if (known != null) {
                return known;
            }
        }
        SearchDocument made = make.get();
        synchronized (explainers) {
            SearchDocument known = explainers.putIfAbsent(rendered, made);
            return known != null ? known : made;
        }
    }

    /**
     * The manifest, shards and fragments of {@code docs}, under {@code prefix} ("" or "uk/"): each
     * document made only when it is indexed and each file handed to {@code sink} as soon as it is made
     * (from any thread), so a site's worth of passages and fragments is never held at once.
     */
    public synchronized void write(List<Supplier<SearchDocument>> docs, String prefix, Consumer<OutputFile> sink) {
        Map<SearchDocument, Made> last = made;
        Map<SearchDocument, Made> lastBySelf = madeBySelf;
        SearchDocument[] seen = keeps ? new SearchDocument[docs.size()] : null;
        boolean[] fresh = keeps ? new boolean[docs.size()] : null;
        Map<String, String> folded = new ConcurrentHashMap<>();
        Map<String, String> dictionary = new ConcurrentHashMap<>(1 << 16);
        List<Integer> numbers = new ArrayList<>(docs.size());
        for (int n = 0; n < docs.size(); n++) {
            numbers.add(n);
        }
        List<Made> each = Parallel.map(numbers, n -> {
            SearchDocument doc = docs.get(n).get();
            Made kept = lastBySelf.get(doc);
            if (kept == null && !last.isEmpty()) {
                kept = last.get(doc);
            }
            Made m = kept != null ? kept : make(doc, folded, dictionary);
            sink.accept(new OutputFile(prefix + "search/docs/" + n + ".json", m.fragment(), null, null));
            if (seen != null) {
                seen[n] = doc;
                fresh[n] = lastBySelf.get(doc) == null;
                return m;
            }
            return new Made(m.terms(), m.codes(), null);
        });
        Terms terms = keeps ? keptTerms : new Terms();
        terms.update(each.stream().map(Made::terms).toList(), each.stream().map(Made::codes).toList());
        if (seen != null) {
            // a document met again as the same object is found by identity next time too; only the
            // others (new, or equal but made anew) are hashed by value
            Map<SearchDocument, Made> byValue = new HashMap<>();
            Map<SearchDocument, Made> bySelf = new IdentityHashMap<>(seen.length * 2);
            for (int n = 0; n < seen.length; n++) {
                bySelf.put(seen[n], each.get(n));
                if (fresh[n]) {
                    byValue.put(seen[n], each.get(n));
                }
            }
            made = byValue;
            madeBySelf = bySelf;
            synchronized (explainers) {
                explainers.values().removeIf(doc -> !bySelf.containsKey(doc));
            }
        }
        List<OutputFile> files = new ArrayList<>(MAX_SHARDS + 1);
        List<String> firsts = shards(terms, prefix, files);
        StringBuilder manifest = new StringBuilder("{\"version\":1,\"documents\":").append(docs.size())
                .append(",\"cap\":").append(CAP).append(",\"shards\":[");
        for (int i = 0; i < firsts.size(); i++) {
            manifest.append(i > 0 ? "," : "").append(Json.quote(firsts.get(i)));
        }
        manifest.append("]}\n");
        sink.accept(OutputFile.text(prefix + "search/index.json", manifest.toString(), null));
        files.forEach(sink);
    }

    /** Writes the shards into {@code files}; the first term of each, in order. */
    private static List<String> shards(Terms terms, String prefix, List<OutputFile> files) {
        List<String> sorted = terms.sorted();
        List<String> entries = new ArrayList<>(sorted.size());
        long total = 0;
        for (String term : sorted) {
            String entry = terms.entry(term, CAP);
            entries.add(entry);
            total += entry.length() + 1;
        }
        long target = Math.max(MIN_SHARD, total / MAX_SHARDS + 1);
        List<String> firsts = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            if (shard.length() == 0) {
                firsts.add(sorted.get(i));
                shard.append('{');
            } else {
                shard.append(',');
            }
            shard.append(entries.get(i));
            if (shard.length() >= target || i == entries.size() - 1) {
                shard.append("}\n");
                files.add(OutputFile.text(prefix + "search/terms/" + (firsts.size() - 1) + ".json", shard.toString(),
                        null));
                shard.setLength(0);
            }
        }
        return firsts;
    }

    /**
     * {@code dictionary} holds one string per term of the site: each document's terms are kept until
     * every document is indexed, and as its own substrings they were most of the index's memory.
     */
    private static Made make(SearchDocument doc, Map<String, String> folded, Map<String, String> dictionary) {
        Map<String, Integer> best = new HashMap<>(1024);
        Words.each(doc.titleWords(), t -> best.merge(t, SearchDocument.TITLE_WEIGHT, SearchIndex::better), folded);
        List<Passage> passages = doc.passages();
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            int label = p * 8 + passage.labelWeight();
            int text = p * 8 + passage.textWeight();
            if (passage.labelWeight() > 0) {
                Words.each(passage.label(), t -> best.merge(t, label, SearchIndex::better), folded);
            }
            if (passage.textWeight() > 0) {
                Words.each(passage.text(), t -> best.merge(t, text, SearchIndex::better), folded);
            }
        }
        String[] terms = new String[best.size()];
        int[] codes = new int[best.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            String term = e.getKey();
            String known = dictionary.putIfAbsent(term, term);
            terms[k] = known != null ? known : term;
            codes[k] = e.getValue();
            k++;
        }
        return new Made(terms, codes, fragment(doc));
    }

    /** The higher weight; at equal weight the earlier passage. */
    private static Integer better(Integer a, Integer b) {
        int wa = a & 7;
        int wb = b & 7;
        return wa != wb ? (wa > wb ? a : b) : (a <= b ? a : b);
    }

    private static byte[] fragment(SearchDocument doc) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"url\":").append(Json.quote(doc.url()))
                .append(",\"title\":").append(Json.quote(doc.title()))
                .append(",\"kind\":").append(Json.quote(doc.kind()))
                .append(",\"passages\":[");
        List<Passage> passages = doc.passages();
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            out.append(p > 0 ? "," : "").append('[');
            Json.quote(out, passage.anchor());
            out.append(',');
            Json.quote(out, passage.label());
            out.append(',');
            Json.quote(out, passage.text());
            out.append(']');
        }
        return out.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
