package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.source.SourceFile;
import org.subtext.testing.Corpus;
import org.subtext.testing.TestSites;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The quick reader is only allowed to be quick: whatever it reads, the full SnakeYAML reader must
 * read to the same tree, positions included, and whatever it declines goes the full way.
 */
class BlockYamlReaderTest {

    private static final String FILE = "content/explainers/x.md";

    /** Every boolean and null YAML 1.1 knows goes to the resolver; words that only start like one do not. */
    @Test
    void booleansAndNullsAreNeverPlainText() {
        for (String word : "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL"
                .split(" ")) {
            assertFalse(PlainScalars.plainText(word), word);
            assertNotEquals(Tag.STR, new Resolver().resolve(NodeId.scalar, word, true), word);
        }
        for (String text : List.of("stated", "Kyiv rejects", "Falsehood", "nothing", "Moscow", "Ukraine")) {
            assertTrue(PlainScalars.plainText(text), text);
        }
    }

    /** A scalar taken for plain text without the resolver is one the resolver reads as a string. */
    @Property(tries = 5000)
    void plainTextIsWhatTheResolverCallsAString(
            @ForAll @StringLength(max = 8)
            @Chars({'y', 'Y', 'e', 's', 'n', 'N', 'o', 'O', 't', 'T', 'r', 'u', 'f', 'F', 'a',
                    'l', 'L', 'S', 'E', 'U', 'x', '0', '1', '.', '-', '~', ' ', ':', '<', '=', '!'}) String value) {
        if (PlainScalars.plainText(value)) {
            assertEquals(Tag.STR, new Resolver().resolve(NodeId.scalar, value, true), value);
        }
    }

    private final BlockYamlReader quick = new BlockYamlReader();
    private final YamlTreeReader full = new YamlTreeReader();

    /** Asserts agreement, and says whether the quick reader took the text. */
    private boolean agrees(String file, String yaml, int firstLine) {
        YamlNode fast = quick.read(file, yaml, firstLine);
        if (fast == null) {
            return false;
        }
        YamlTreeReader.Result slow = full.readFully(file, yaml, firstLine);
        YamlNode expected = assertInstanceOf(YamlTreeReader.Ok.class, slow,
                () -> "the quick reader took YAML the full one rejects (" + slow + "):\n" + yaml).root();
        assertEquals(expected, fast, () -> "trees differ for:\n" + yaml);
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: A title\nsummary: Two words.\n",
        "a: 1\nb: -2\nc: 3.25\nd: 0\ne: 2026\nf: 2026-06\ng: 2026-06-24\nh: 2026-06-24T05:18:07Z\n",
        "empty:\nnext: x\n",
        "last:\n",
        "tilde: ~\nword: null\nNull: Null\n",
        "quoted: \"a *b* # not a comment\"\nsingle: 'it''s'\nblank: ''\nblank2: \"\"\n",
        "key: value # a comment\nother: x#y\n",
        "# leading comment\n\ntitle: x\n   # indented comment\n\nsummary: y   \n",
        "tags: [a, b-c,  d ]\nnone: []\nspaced: [ ]\nnum: [1, x]\n",
        "aliases: [\"OSCE\", 'it''s', plain, \"a, b]\"]\n",
        "pair: [\"a\": b]\n",
        "trailing: [a, ]\n",
        "cr: [a\rccept]\n",
        "tab: [a\tccept]\n",
        "acute: [a\u00e9ccept]\n",
        "nel: [a\u0085ccept]\n",
        "question: [a?b, c]\nlast: [x?]\n",
        "claims:\n  - id: x\n    conditions: [a?ccept-realities]\n",
        "gap: [a, , b]\n",
        "unclosed: [a, b\n",
        "- id: one\n  date: 2014\n- id: two\n  actors: [a, b]\n",
        "map:\n  inner: x\n  deeper:\n    leaf: y\n  after: z\ntop: w\n",
        "list:\n  - a\n  - b\nnext: c\n",
        "list:\n- a\n- b\nnext: c\n",
        "claims:\n  - id: one\n    by: x\n    conditions: [k]\n  - id: two\n    note: \"*y*\"\nafter: 1\n",
        "claims:\n- id: one\n  tags:\n  - a\n  - b\n- id: two\n",
        "claims:\n  -   id: wide\n      by: x\n",
        "nested:\n  - - a\n",
        "url: https://example.org/a?b=c#d\nq: what? yes\nparen: (a) [b] {c}\n",
        "unicode: Zelensky’s “peace” – é ü 中文\n",
        "dash-key: x\nunder_key: y\n2024: year\n",
        "yes: true\n",
        "flag: yes\n",
        "flag: false\nother: true\n",
        "octal: 012\nhex: 0x1F\nexp: 1e3\nplus: +1\n",
        "multi: a plain\n  continued line\n",
        "folded: >\n  text\n",
        "literal: |\n  text\n",
        "anchor: &a x\nalias: *a\n",
        "tag: !str x\n",
        "flow: {a: 1}\n",
        "dup: 1\ndup: 2\n",
        "bad: a: b\n",
        "indent:\n    a: 1\n  b: 2\n",
        "escape: \"a\\nb\"\n",
        "open: \"a\n  b\"\n",
        "- a\n- b\n",
        "- a\nkey: b\n",
        "  title: indented root\n",
        "just a scalar\n",
        "",
        "# only a comment\n",
        "key:value\n",
        "trailing: [a, b] x\n",
        "list:\n  -\n  - b\n",
        "list:\n  - a\n    b\n",
        "k: v\n---\nk2: v2\n",
        "k: 'a' x\n",
        "k: \"a\"x\n",
    })
    void readsAsTheFullReaderDoesOrDeclines(String yaml) {
        agrees(FILE, yaml, 2);
    }

    @Test
    void takesTheShapesFrontMatterIsWrittenIn() {
        String typical = """
                title: "Russia says it is ready for talks: ready on whose terms?"
                summary: Moscow offers talks on its terms.
                key_points:
                  - One point.
                published: 2026-06-24T05:18:07Z
                updated:
                tags: [ukraine-war, negotiations]
                headline:
                  claimed: Putin is ready for peace.
                  precise: 'Moscow is ready for talks on its ''conditions''.'
                claims:
                  - id: resume-talks
                    date: 2026-06
                    text: "Russia is prepared to resume negotiations."
                    conditions: [accept-realities]
                timeline:
                - id: minsk-1
                  end: 2015
                  title: Minsk Protocol signed # a comment
                weight: 3
                draft: false
                """;
        assertTrue(agrees(FILE, typical, 2), "a typical explainer's front matter went the slow way");
        assertTrue(agrees(FILE, "", 2));
        assertTrue(agrees(FILE, "# nothing yet\n", 2));
        assertTrue(agrees("content/events/x.yaml", "- id: e\n  date: 2014\n  actors: [\"a\", b]\n", 1));
    }

    @Test
    void theSampleSiteAndTestSitesReadAlike() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("generator/src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                        .sorted().forEach(files::add);
            }
        }
        int taken = 0;
        int explainers = 0;
        List<Path> declined = new ArrayList<>();
        for (Path path : files) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String yaml = text;
            int firstLine = 1;
            if (path.toString().endsWith(".md")) {
                FrontMatterSplitter.Result split = FrontMatterSplitter.split(new SourceFile(path.toString(),
                        path.toString(), text));
                if (!(split instanceof FrontMatterSplitter.Ok ok)) {
                    continue;
                }
                yaml = ok.split().yaml();
                firstLine = ok.split().yamlFirstLine();
            }
            boolean took = agrees(path.toString(), yaml, firstLine);
            taken += took ? 1 : 0;
            if (path.startsWith("content/explainers")) {
                explainers++;
            }
            if (!took && path.startsWith("content")) {
                declined.add(path);
            }
        }
        assertTrue(files.size() > 50, "found only " + files.size() + " files");
        assertTrue(explainers > 0);
        // the sample site is written the way writers write: the quick reader must take all of it
        assertEquals(List.of(), declined, "sample files the quick reader declined");
        assertTrue(taken * 2 >= files.size(), "the quick reader took " + taken + " of " + files.size());
    }

    /** The one-string test sites (hostile, invalid, new) hold front matter too, some of it odd on purpose. */
    @Test
    void theOneStringTestSitesReadAlike() throws IOException {
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("generator/src/test/resources"))) {
            walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(specs::add);
        }
        int files = 0;
        for (Path spec : specs) {
            for (Map.Entry<String, String> file : TestSites.sections(Files.readString(spec, StandardCharsets.UTF_8))
                    .entrySet()) {
                files += agreesOnFile(spec + "!" + file.getKey(), file.getValue()) != null ? 1 : 0;
            }
        }
        assertTrue(files > 40, "found only " + files + " files");
    }

    /**
     * A corpus from the benchmark's generator ({@code gen_corpus.py OUT --explainers 200 --seed 1}),
     * given as {@code -Dquick.corpus=OUT/content}: every file reads alike, and the quick reader takes them all.
     */
    @Test
    void aBenchmarkCorpusReadsAlike() throws IOException {
        String folder = System.getProperty("quick.corpus");
        Assumptions.assumeTrue(folder != null, "no -Dquick.corpus=<content folder>");
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted()
                    .forEach(paths::add);
        }
        List<String> declined = new ArrayList<>();
        for (Path path : paths) {
            if (Boolean.FALSE.equals(agreesOnFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)))) {
                declined.add(path.toString());
            }
        }
        assertTrue(paths.size() > 100, "found only " + paths.size() + " files");
        assertEquals(List.of(), declined, "files the quick reader declined");
    }

    /** Compares a content file's YAML: whether the quick reader took it, or null for a file without YAML. */
    private Boolean agreesOnFile(String path, String text) {
        if (path.endsWith(".md")) {
            return FrontMatterSplitter.split(new SourceFile(path, path, text)) instanceof FrontMatterSplitter.Ok ok
                    ? agrees(path, ok.split().yaml(), ok.split().yamlFirstLine()) : null;
        }
        return path.endsWith(".yaml") ? agrees(path, text, 1) : null;
    }

    @Test
    void aGeneratedCorpusReadsAlike() {
        Corpus.explainers(40, "v").forEach((path, text) -> {
            if (path.endsWith(".md")) {
                FrontMatterSplitter.Ok ok = assertInstanceOf(FrontMatterSplitter.Ok.class,
                        FrontMatterSplitter.split(new SourceFile(path, path, text)));
                assertTrue(agrees(path, ok.split().yaml(), ok.split().yamlFirstLine()), path);
            } else if (path.endsWith(".yaml")) {
                assertTrue(agrees(path, text, 1), path);
            }
        });
    }

    private static final String RICH = """
            title: Russia says it is ready for talks
            summary: "Moscow offers talks: on its terms."
            tags: [ukraine-war, negotiations, 2026]
            headline:
              claimed: Putin is ready for peace.
              precise: 'It''s talks on conditions.'
            claims:
              - id: resume-talks
                by: sergei-lavrov
                date: 2026-06
                text: Russia is prepared to resume negotiations. # said twice
                conditions: [accept-realities]
              - id: other
                date: 2025
            conditions:
            - id: accept-realities
              party: russia
              rejected_by: [ukraine]
              note:
            sources:
              - id: tass
                url: https://tass.com/politics/1
            weight: 12
            draft: no
            """;

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Character> noise = Arbitraries.of(':', '-', '[', ']', '{', '}', '"', '\'', '\t', '\n', '&', '*',
                '!', '#', '|', '>', ' ', ' ', ' ', 'a', '0', '%', '@', '`', ',', '?', '~', '\\', '\u00e9', '\r');
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, RICH.length() - 1), Arbitraries.integers().between(1, 6))
                .as((kind, at, length) -> new int[] {kind, at, length});
        return Combinators.combine(edit.list().ofMinSize(1).ofMaxSize(6), noise.list().ofSize(6)).as((edits, chars) -> {
            StringBuilder text = new StringBuilder(RICH);
            for (int i = 0; i < edits.size(); i++) {
                int[] e = edits.get(i);
                int at = Math.min(e[1], text.length());
                char c = chars.get(i);
                switch (e[0]) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.delete(at, Math.min(text.length(), at + e[2]));
                    case 2 -> text.insert(at, String.valueOf(c).repeat(e[2]));
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            return text.toString();
        });
    }

    @Property(tries = 3000)
    void mutatedFrontMatterReadsAlikeOrGoesTheFullWay(@ForAll("mutated") String yaml) {
        agrees(FILE, yaml, 2);
    }

    @Test
    void theUnmutatedRichTextIsTaken() {
        // draft: no is a YAML 1.1 boolean: the quick reader leaves it to the full one
        assertTrue(!agrees(FILE, RICH, 2));
        assertNotNull(quick.read(FILE, RICH.replace("draft: no\n", ""), 2));
        assertTrue(agrees(FILE, RICH.replace("draft: no\n", ""), 2));
    }
}
