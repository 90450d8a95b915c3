package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.view.Words;

/** Templates put words together with fill and count: values escaped, the message's own text as written. */
class WordFiltersTest {

    public record Page(String name, int n) {
    }

    private static String render(Path dir, String template, Map<String, String> words, Page page) throws Exception {
        Files.writeString(dir.resolve("t.peb"), template);
        return new String(new PebbleRenderer(dir).render("t", page, PebbleRenderer.TemplateWords.of(words)),
                StandardCharsets.UTF_8);
    }

    @Test
    void fillEscapesWhatItPutsInButNotTheMessagesApostrophe(@TempDir Path dir) throws Exception {
        Map<String, String> words = Map.of("by", "Claims by {0} & co", "page", "The claim's page", "title", "{0} · {1}");
        assertEquals("Claims by &lt;b&gt;O&#39;Neil &amp; co|The claim's page|Claims by x &amp; co · T",
                render(dir, "{{ t | fill('by', page.name) }}|{{ t.page }}|{{ t | fill('title', t | fill('by', 'x'), 'T') }}",
                        words, new Page("<b>O'Neil", 0)));
    }

    @Test
    void countPicksThePluralFormOfTheLanguage(@TempDir Path dir) throws Exception {
        Map<String, String> uk = Map.of("plural_rule", "east-slavic", "e_one", "{0} подія", "e_few", "{0} події",
                "e_many", "{0} подій");
        StringBuilder out = new StringBuilder();
        for (int n : new int[] {1, 2, 5, 11, 21, 22, 25, 112}) {
            out.append(render(dir, "{{ t | count('e', page.n) }};", uk, new Page("", n)));
        }
        assertEquals("1 подія;2 події;5 подій;11 подій;21 подія;22 події;25 подій;112 подій;", out.toString());
        Map<String, String> en = Map.of("e_one", "{0} event", "e_other", "{0} events");
        assertEquals("1 event|0 events|2 events", render(dir,
                "{{ t | count('e', 1) }}|{{ t | count('e', 0) }}|{{ t | count('e', 2) }}", en, new Page("", 0)));
        assertEquals(List.of("one", "few", "many", "other"), List.of(Words.category("west-slavic", 1),
                Words.category("west-slavic", 3), Words.category("west-slavic", 21),
                Words.category("none", 1)));
    }

    /** A counted message may name a second value, escaped like the first; the form follows the count. */
    @Test
    void countPutsASecondValueInItsOne(@TempDir Path dir) throws Exception {
        Map<String, String> en = Map.of("l_one", "{1} of {0} item", "l_other", "The {1} newest of {0} items");
        assertEquals("The 20 newest of 21 items|1 of 1 item|The <i> newest of 2 items".replace("<i>", "&lt;i&gt;"),
                render(dir, "{{ t | count('l', 21, 20) }}|{{ t | count('l', 1, 1) }}|{{ t | count('l', 2, '<i>') }}",
                        en, new Page("", 0)));
    }

    @Test
    void aWordNoMessageFileHasFailsTheTemplate(@TempDir Path dir) {
        assertThrows(PebbleRenderer.TemplateException.class,
                () -> render(dir, "{{ t.nope }}", Map.of("yes", "Yes"), new Page("", 0)));
    }
}
