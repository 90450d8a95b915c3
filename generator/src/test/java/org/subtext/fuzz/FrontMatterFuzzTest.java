package org.subtext.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.subtext.diag.Diagnostics;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.source.SourceFile;

/**
 * Mutated front matter never gets anything out of the parser but a value or diagnostics: no
 * unchecked exception, no hang.
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
            Diagnostics diagnostics = new Diagnostics();
            PARSER.parseExplainer(new SourceFile("explainers/x.md", "content/explainers/x.md", text), diagnostics);
            PARSER.parseActor(new SourceFile("actors/x.md", "content/actors/x.md", text), diagnostics);
            PARSER.parseEvents(new SourceFile("events/x.yaml", "content/events/x.yaml", text), diagnostics);
            PARSER.parseSite(new SourceFile("site.yaml", "content/site.yaml", text), diagnostics);
        });
    }

    @Property(tries = 500)
    void arbitraryTextGivesAValueOrDiagnostics(@ForAll String text) {
        Diagnostics diagnostics = new Diagnostics();
        PARSER.parseExplainer(new SourceFile("explainers/x.md", "content/explainers/x.md", "---\n" + text + "\n---\n"),
                diagnostics);
        PARSER.parseEvents(new SourceFile("events/x.yaml", "content/events/x.yaml", text), diagnostics);
    }
}
