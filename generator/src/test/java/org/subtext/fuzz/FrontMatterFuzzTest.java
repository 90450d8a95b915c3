package org.subtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.source.SourceFile;

/**
 * Mutated front matter never gets anything out of the parser but a value or errors, each placed in
 * the file: no unchecked exception, no hang, no silent null, no diagnostic an editor cannot jump to.
 */
class FrontMatterFuzzTest {

    static final String VALID = """
            ---
            title: Russia says it is ready for talks
            summary: Moscow offers talks on its terms.
            key_points:
              - One point.
            section: Geopolitics
            published: 2026-06-24T05:18:07Z
            tags: [ukraine-war, negotiations]
            actors: [vladimir-putin]
            headline:
              claimed: Putin is ready for peace.
              precise: Moscow is ready for talks on its conditions.
            claims:
              - id: resume-talks
                by: sergei-lavrov
                date: 2026-06
                text: "Russia is prepared to resume negotiations."
                status: conditional
                kind: offer
                conditions: [accept-realities]
            conditions:
              - id: accept-realities
                party: russia
                issue: territory
                text: Ukraine accepts the "realities".
                rejected_by: [ukraine]
            layers:
              - id: public
                title: The public message
                reading: Moscow is *reasonable*.
                applies_to: [resume-talks]
            timeline:
              - id: minsk-1
                date: 2014-09-05
                end: 2015
                title: Minsk Protocol signed
            ---
            Body with [[minsk-agreements]].
            """;

    private static final FrontMatterParser PARSER = new FrontMatterParser();
    private static final Pattern YAML_LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Character> noise = Arbitraries.of(':', '-', '[', ']', '{', '}', '"', '\'', '\t', '\n', '&', '*', '!',
                '#', '|', '>', ' ', 'a', '0', '%', '@', '`', ',', '?', '~', '\u00e9', '\u2028');
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, VALID.length() - 1), noise,
                Arbitraries.integers().between(1, 40)).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(12).map(FrontMatterFuzzTest::apply);
    }

    record Mutation(int kind, int at, char c, int length) {
    }

    static String apply(List<Mutation> mutations) {
        StringBuilder text = new StringBuilder(VALID);
        for (Mutation m : mutations) {
            int at = Math.min(m.at(), text.length());
            switch (m.kind()) {
                case 0 -> text.insert(at, m.c());
                case 1 -> text.delete(at, Math.min(text.length(), at + m.length()));
                case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + m.length())));
                case 3 -> text.insert(at, String.valueOf(m.c()).repeat(m.length()));
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, m.c());
                    }
                }
            }
        }
        return text.toString();
    }

    @Property(tries = 2000)
    void mutatedFrontMatterGivesAValueOrDiagnostics(@ForAll("mutated") String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            SourceFile explainer = new SourceFile("explainers/x.md", "content/explainers/x.md", text);
            SourceFile actor = new SourceFile("actors/x.md", "content/actors/x.md", text);
            SourceFile events = new SourceFile("events/x.yaml", "content/events/x.yaml", text);
            SourceFile site = new SourceFile("site.yaml", "content/site.yaml", text);
            assertValueOrPlacedErrors(explainer, diagnostics -> PARSER.parseExplainer(explainer, diagnostics));
            assertValueOrPlacedErrors(actor, diagnostics -> PARSER.parseActor(actor, diagnostics));
            assertValueOrPlacedErrors(events, diagnostics -> nullIfEmpty(PARSER.parseEvents(events, diagnostics)));
            assertValueOrPlacedErrors(site, diagnostics -> PARSER.parseSite(site, diagnostics));
        });
    }

    @Property(tries = 500)
    void arbitraryTextGivesAValueOrDiagnostics(@ForAll String text) {
        SourceFile explainer = new SourceFile("explainers/x.md", "content/explainers/x.md", "---\n" + text + "\n---\n");
        SourceFile events = new SourceFile("events/x.yaml", "content/events/x.yaml", text);
        assertValueOrPlacedErrors(explainer, diagnostics -> PARSER.parseExplainer(explainer, diagnostics));
        assertPlacedEvents(events);
    }

    /**
     * An events file may hold no events without being wrong (an empty list, or nothing at all), so
     * only its diagnostics' places are checked there.
     */
    private static void assertPlacedEvents(SourceFile events) {
        Diagnostics diagnostics = new Diagnostics();
        PARSER.parseEvents(events, diagnostics);
        assertPlaced(events, diagnostics.sorted());
    }

    /**
     * The parse gives a value, or at least one error; and every diagnostic points into the file: its
     * own path, a line of it (from 1) and a column from 1, which is what an editor can jump to.
     */
    private static void assertValueOrPlacedErrors(SourceFile file, Function<Diagnostics, Object> parse) {
        Diagnostics diagnostics = new Diagnostics();
        Object value = parse.apply(diagnostics);
        List<Diagnostic> found = diagnostics.sorted();
        assertTrue(value != null || found.stream().anyMatch(Diagnostic::isError),
                () -> file.displayPath() + " gave neither a value nor an error: " + found);
        assertPlaced(file, found);
    }

    /**
     * Lines are counted as YAML 1.1 breaks them, which is how the parser numbers them: besides
     * {@code \n}, {@code \r\n} and {@code \r}, also U+0085, U+2028 and U+2029.
     */
    private static void assertPlaced(SourceFile file, List<Diagnostic> diagnostics) {
        long lines = YAML_LINE_BREAK.matcher(file.text()).results().count() + 1;
        for (Diagnostic diagnostic : diagnostics) {
            SourcePosition at = diagnostic.position();
            assertEquals(file.displayPath(), at.file(), diagnostic::format);
            assertTrue(at.line() >= 1 && at.line() <= lines, () -> "line outside the file's " + lines + ": "
                    + diagnostic.format());
            assertTrue(at.column() >= 1, () -> "column before the line: " + diagnostic.format());
        }
    }

    private static Object nullIfEmpty(List<?> list) {
        return list.isEmpty() ? null : list;
    }
}
