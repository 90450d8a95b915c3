package org.subtext.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated site of many explainers shaped like the benchmark corpus (bench/gen_corpus.py): key
 * points, a headline check, claims, sources, timeline events and a body of four sections, about
 * 900 words an explainer. Its words follow Zipf's law over a vocabulary of 40,000 made-up words (one
 * in ten Cyrillic), so that, as in real news, a few words are in every page and most in a handful;
 * that spread is what decides how large a search index and its shards grow. Same count and seed,
 * same files.
 */
public final class NewsCorpus {

    private static final String[] LATIN = ("ka ve lo mi ra su te no pa di ge bu ro sa fi le ma to ne ri "
            + "da ko pu se li na vo gu be ta mo hu ze ni po la").split(" ");
    private static final String[] CYRILLIC = ("ка ве ло ми ра су те но па ди ге бу ро са фи ле ма то не ри "
            + "да ко пу се ли на во гу бе та мо ху зе ни по ла").split(" ");
    private static final int VOCABULARY = 40_000;
    private static final String[] STATUSES = {"stated", "conditional", "disputed", "unverified", "contradicted",
        "confirmed"};

    private final Random random;
    private final double[] cumulative = new double[VOCABULARY];

    public NewsCorpus(long seed) {
        random = new Random(seed);
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1.0 / Math.pow(r + 2.7, 1.0);
            cumulative[r] = sum;
        }
        for (int r = 0; r < VOCABULARY; r++) {
            cumulative[r] /= sum;
        }
    }

    /** The word of frequency rank {@code rank} (0 the commonest): two to four syllables, unique per rank. */
    public static String word(int rank) {
        String[] syllables = rank % 10 == 9 ? CYRILLIC : LATIN;
        StringBuilder out = new StringBuilder();
        int n = rank + syllables.length;
        do {
            out.append(syllables[n % syllables.length]);
            n /= syllables.length;
        } while (n > 0);
        return out.toString();
    }

    public static String actorId(int k) {
        return "actor-" + k;
    }

    /** The alias of actor {@code k}: a word of its own, found nowhere else. */
    public static String alias(int k) {
        return title(word(VOCABULARY + k));
    }

    private String zipfWord() {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return word(at < 0 ? -at - 1 : at);
    }

    private String words(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(zipfWord());
        }
        return out.toString();
    }

    private String sentence() {
        String s = words(8, 16);
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ".";
    }

    private String sentences(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sentence());
        }
        return String.join(" ", out);
    }

    private static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Writes {@code content/} for {@code count} explainers under {@code root}. */
    public void write(Path root, int count) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("explainers"));
        Files.createDirectories(content.resolve("actors"));
        Files.writeString(content.resolve("site.yaml"), "title: Corpus\ndescription: Generated.\n"
                + "base_url: https://example.org/\nlanguage: en\n");
        int actors = Math.max(20, count / 20);
        for (int k = 0; k < actors; k++) {
            Files.writeString(content.resolve("actors/" + actorId(k) + ".md"), "---\nname: " + q(title(words(2, 2)))
                    + "\nkind: person\nrole: " + q(sentence()) + "\naliases: [" + q(alias(k)) + "]\n---\n"
                    + sentences(4) + "\n");
        }
        for (int i = 0; i < count; i++) {
            Files.writeString(content.resolve("explainers/e-" + i + ".md"), explainer(i, count, actors));
        }
    }

    static String title(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return out.toString();
    }

    private String explainer(int i, int count, int actorCount) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(q(title(words(4, 8)))).append('\n');
        out.append("summary: ").append(q(sentence() + " " + sentence())).append('\n');
        out.append("key_points:\n");
        for (int k = 0; k < 3; k++) {
            out.append("  - ").append(q(sentence())).append('\n');
        }
        out.append("section: Section ").append(i % 10).append('\n');
        out.append(String.format(Locale.ROOT, "published: %04d-%02d-%02d%n", 2015 + random.nextInt(11),
                1 + random.nextInt(12), 1 + random.nextInt(28)));
        List<String> named = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String id = actorId((i * 7 + k * 13) % actorCount);
            if (!named.contains(id)) {
                named.add(id);
            }
        }
        out.append("actors: [").append(String.join(", ", named)).append("]\n");
        out.append("headline:\n  claimed: ").append(q(sentence())).append("\n  precise: ").append(q(sentence())).append('\n');
        out.append("claims:\n");
        int claims = 3 + random.nextInt(3);
        for (int k = 0; k < claims; k++) {
            out.append("  - id: c").append(k).append("\n    by: ").append(named.get(k % named.size()))
                    .append("\n    date: 2024\n    text: ").append(q(sentence())).append("\n    status: ")
                    .append(STATUSES[random.nextInt(STATUSES.length)]).append('\n');
        }
        out.append("sources:\n");
        for (int k = 0; k < 3; k++) {
            out.append("  - id: s").append(k).append("\n    title: ").append(q(title(words(3, 6))))
                    .append("\n    url: https://example.org/source/").append(i).append('/').append(k)
                    .append("\n    publisher: ").append(q(title(words(1, 2)))).append('\n');
        }
        out.append("timeline:\n");
        for (int k = 0; k < 3; k++) {
            out.append("  - id: ev-").append(i).append('-').append(k).append(String.format(Locale.ROOT,
                    "%n    date: %04d-%02d-%02d%n", 2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append("    title: ").append(q(title(words(3, 7)))).append("\n    text: ").append(q(sentences(2)))
                    .append('\n');
        }
        out.append("---\n");
        for (int s = 0; s < 4; s++) {
            out.append("## ").append(title(words(2, 5))).append(" ").append(s + 1).append("\n\n");
            for (int p = 0; p < 3; p++) {
                out.append(sentences(4 + random.nextInt(3))).append("\n\n");
            }
        }
        out.append("See also [[e-").append((i + 1) % count).append("]].\n");
        return out.toString();
    }
}
