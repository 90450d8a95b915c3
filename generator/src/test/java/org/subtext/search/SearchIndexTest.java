package org.subtext.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.subtext.output.OutputFile;

/** The split index as search.js reads it: words, shards, postings and their cap. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Words.each(text, out::add);
        return out;
    }

    @Test
    void wordsAreRunsOfLettersAndNumbersInAnyScriptFoldedLikeTheQuery() {
        // accents go in every script, as search.js drops them from a query: й and ї fold to и and і
        assertEquals(List.of("зеленськии", "said", "kyiv", "2022", "киів"), words("Зеленський said: «Kyiv, 2022» — Київ."));
        assertEquals(List.of("zelenskyy", "cafe", "cafe", "ειρηνη"), words("Zelénskyy CAFÉ cafe\u0301 ΕΙΡΉΝΗ"));
        assertEquals(List.of("don", "t", "x"), words("don't\u00a0x"));
    }

    /** The numbers of a posting string, as search.js's decode reads them. */
    private static List<Integer> decode(String text) {
        List<Integer> out = new ArrayList<>();
        int value = 0;
        for (char c : text.toCharArray()) {
            int digit = NumberCode.ALPHABET.indexOf(c);
            value = value * 32 + (digit & 31);
            if (digit < 32) {
                out.add(value);
                value = 0;
            }
        }
        return out;
    }

    /** What {@code index} writes for {@code docs}, gathered. */
    private static List<OutputFile> written(SearchIndex index, List<SearchDocument> docs, String prefix) {
        List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        index.write(docs.stream().<java.util.function.Supplier<SearchDocument>>map(doc -> () -> doc).toList(), prefix,
                files::add);
        return files;
    }

    private static Map<String, byte[]> files(List<SearchDocument> docs, String prefix) {
        Map<String, byte[]> out = new HashMap<>();
        for (OutputFile f : written(SearchIndex.once(), docs, prefix)) {
            out.put(f.path(), f.bytes());
        }
        return out;
    }

    private static SearchDocument doc(int n, String title, String body) {
        return new SearchDocument("/d/" + n + "/", title, "Explainer", List.of(
                new Passage("", "", "Summary " + n, 0, SearchDocuments.LEAD),
                new Passage("h-" + n, "Heading", body, SearchDocuments.HEADING, SearchDocuments.BODY)), title);
    }

    @Test
    void aTermPointsAtEachDocumentsBestPassageAndACommonTermKeepsItsBestPages() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int n = 0; n < SearchIndex.CAP + 200; n++) {
            // every 10th page has "common" in its title; the rest only in the body
            docs.add(doc(n, n % 10 == 0 ? "Common title " + n : "Title " + n, "common words in the body"));
        }
        Map<String, byte[]> files = files(docs, "uk/");
        JsonNode manifest = JSON.readTree(files.get("uk/search/index.json"));
        assertEquals(docs.size(), manifest.get("documents").asInt());
        JsonNode shards = manifest.get("shards");
        int shard = 0;
        while (shard + 1 < shards.size() && shards.get(shard + 1).asText().compareTo("common") <= 0) {
            shard++;
        }
        JsonNode terms = JSON.readTree(files.get("uk/search/terms/" + shard + ".json"));
        List<Integer> numbers = decode(terms.get("common").asText());
        assertEquals(docs.size(), numbers.get(0), "the number of pages with the term");
        assertEquals(SearchIndex.CAP, (numbers.size() - 1) / 2, "only the best are kept");
        int doc = 0;
        int titles = 0;
        for (int k = 1; k < numbers.size(); k += 2) {
            doc += numbers.get(k);
            int code = numbers.get(k + 1);
            if (doc % 10 == 0) {
                assertEquals(SearchDocument.TITLE_WEIGHT, code & 7, "a title match at page " + doc);
                assertEquals(0, code >> 3, "a title points at the first passage");
                titles++;
            } else {
                assertEquals(SearchDocuments.BODY, code & 7);
                assertEquals(1, code >> 3, "the body's passage");
            }
        }
        assertEquals(docs.size() / 10, titles, "every title match is kept");
        JsonNode fragment = JSON.readTree(files.get("uk/search/docs/7.json"));
        assertEquals("h-7", fragment.get("passages").get(1).get(0).asText());
    }

    @Test
    void shardsAreBoundedInNumberAndOutputIsTheSameEveryTime() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int n = 0; n < 3000; n++) {
            body.setLength(0);
            for (int w = 0; w < 40; w++) {
                body.append("w").append(Integer.toString((n * 40 + w) * 7919 % 200_000, 36)).append(' ');
            }
            docs.add(doc(n, "Page " + n, body.toString()));
        }
        Map<String, byte[]> first = files(docs, "");
        Map<String, byte[]> second = files(docs, "");
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        JsonNode shards = JSON.readTree(first.get("search/index.json")).get("shards");
        assertTrue(shards.size() <= SearchIndex.MAX_SHARDS, shards.size() + " shards");
        long total = 0;
        for (int i = 0; i < shards.size(); i++) {
            byte[] shard = first.get("search/terms/" + i + ".json");
            total += shard.length;
            if (i < shards.size() - 1) {
                assertTrue(shard.length >= 16 * 1024, "shard " + i + ": " + shard.length + " bytes");
            }
            // each shard holds the terms from its first term up to the next shard's
            String text = new String(shard, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("{" + JSON.writeValueAsString(shards.get(i).asText()) + ":"), text.substring(0, 40));
        }
        System.out.printf("%d shards, %,d bytes%n", shards.size(), total);
    }

    /**
     * A live preview's index, brought up to date save by save, writes what an index made afresh from
     * the same documents writes: documents edited, moved, added and removed, terms coming and going.
     */
    @Test
    void anIndexKeptAcrossEditsWritesWhatAFreshOneWrites() {
        java.util.Random random = new java.util.Random(7);
        List<String> vocabulary = new ArrayList<>();
        for (int w = 0; w < 400; w++) {
            vocabulary.add("w" + Integer.toString(w * 7919 % 100003, 36));
        }
        SearchIndex kept = SearchIndex.kept();
        List<SearchDocument> docs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            docs.add(randomDoc(random, vocabulary, n));
        }
        int made = 40;
        for (int round = 0; round < 120; round++) {
            Map<String, byte[]> incremental = new HashMap<>();
            written(kept, List.copyOf(docs), "").forEach(f -> incremental.put(f.path(), f.bytes()));
            Map<String, byte[]> fresh = files(docs, "");
            assertEquals(fresh.keySet(), incremental.keySet(), "round " + round);
            String step = "round " + round + ": ";
            fresh.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.get(path), step + path));
            switch (random.nextInt(6)) {
                case 0 -> docs.add(random.nextInt(docs.size() + 1), randomDoc(random, vocabulary, made++));
                case 1 -> docs.remove(random.nextInt(docs.size()));
                case 2 -> java.util.Collections.swap(docs, random.nextInt(docs.size()), random.nextInt(docs.size()));
                default -> {
                    for (int e = 1 + random.nextInt(3); e > 0; e--) {
                        docs.set(random.nextInt(docs.size()), randomDoc(random, vocabulary, made++));
                    }
                }
            }
            if (round % 17 == 0) {
                // words no document had before
                vocabulary.add("fresh" + round);
            }
        }
    }

    private static SearchDocument randomDoc(java.util.Random random, List<String> vocabulary, int n) {
        StringBuilder body = new StringBuilder("everywhere");
        for (int w = random.nextInt(30); w > 0; w--) {
            body.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return doc(n, vocabulary.get(random.nextInt(vocabulary.size())) + " title", body.toString());
    }
}
