package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.Diagnostics;
import org.subtext.source.SourceFile;

/** A plain value cut short by a YAML comment is a warning at the '#', whichever reader read it. */
class CommentedValuesTest {

    private static final String PATH = "content/explainers/deal.md";
    private final FrontMatterParser parser = new FrontMatterParser();

    private List<String> messages(String frontMatter) {
        Diagnostics diagnostics = new Diagnostics();
        parser.parseExplainer(new SourceFile("explainers/deal.md", PATH, "---\n" + frontMatter
                + "section: S\npublished: 2026-01-01\n---\nBody.\n"), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static final String WARNING = PATH + ":3:15: warning: ' #' starts a YAML comment, so the value of"
            + " 'summary' ends before it and '#2? Maybe.' is dropped: put the whole value in quotes"
            + " (summary: \"Deal #2? Maybe.\")";

    @Test
    void theFastReaderWarnsAtTheHash() {
        String yaml = "title: T\nsummary: Deal   #2? Maybe.\n";
        assertEquals(List.of(WARNING.replace(":3:15:", ":3:17:")), messages(yaml));
        assertNotNull(new BlockYamlReader().read(PATH, yaml, 2), "the fast reader takes it");
    }

    @Test
    void theFullReaderWarnsAlike() {
        // a folded title is outside the fast reader's subset, so the whole text goes the full way
        String yaml = "title: >\n  T\nsummary: Deal #2? Maybe.\n";
        assertNull(new BlockYamlReader().read(PATH, yaml, 2), "the full reader reads it");
        assertEquals(List.of(WARNING.replace(":3:15:", ":4:15:")), messages(yaml));
    }

    @Test
    void listItemsAreCheckedToo() {
        assertEquals(List.of(PATH + ":5:11: warning: ' #' starts a YAML comment, so the value of 'key_points'"
                + " ends before it and '#1' is dropped: put the whole value in quotes (key_points: \"Point #1\")"),
                messages("title: T\nsummary: S.\nkey_points:\n  - Point #1\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: T\nsummary: S.  # a comment meant as one\n",
        "title: T\nsummary: \"Deal #2? Maybe.\"\n",
        "title: T\nsummary: 'Deal #2' #3\n",
        "title: C# in practice\nsummary: S.\n",
        "title: T\nsummary: S.\n# a comment line #2\n",
    })
    void commentsMeantAsCommentsAndQuotedValuesAreNotWarnedAbout(String yaml) {
        assertEquals(List.of(), messages(yaml));
    }
}
