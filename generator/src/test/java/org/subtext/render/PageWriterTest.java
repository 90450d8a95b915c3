package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page collected as UTF-8 is the bytes its text encodes to, however Pebble splits the writes. */
class PageWriterTest {

    @Property(tries = 3000)
    void bytesAreThoseOfTheWholeTextEncoded(
            @ForAll @Size(max = 12) List<@StringLength(max = 150) @Chars({'a', '<', '"', 'é', 'ÿ', '✓', '…', '—',
                    '\uD83D', '\uDE00', '\uDC00', '\u07FF', '\u0800', '\uFFFF'}) @CharRange(from = 0x20, to = 0x7E) String> parts,
            @ForAll @IntRange(min = 0, max = 3) int how, @ForAll @IntRange(min = 2, max = 40) int chunk) {
        // a small chunk makes the encoder stop, and a pair span its stops, many times in a page
        PageWriter writer = new PageWriter(chunk);
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append(part);
            int half = part.length() / 2;
            switch (how) {
                case 0 -> writer.write(part);
                case 1 -> writer.write(part.toCharArray(), 0, part.length());
                case 2 -> {
                    // split anywhere, even between the halves of a surrogate pair
                    writer.write(part, 0, half);
                    writer.write(part, half, part.length() - half);
                }
                default -> {
                    char[] chars = ("xx" + part + "yy").toCharArray();
                    writer.write(chars, 2, half);
                    writer.write(chars, 2 + half, part.length() - half);
                }
            }
        }
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), writer.bytes());
    }

    /** A pair split across two writes is encoded whole; a lone half left at the end is a '?'. */
    @Test
    void aPairSplitAfterALongStringIsKeptWhole() {
        String longer = "a".repeat(100);
        PageWriter writer = new PageWriter();
        writer.write(longer + "\uD83D");
        writer.write("\uDE00" + longer);
        writer.write(longer + "\uD83D");
        assertEquals(longer + "\uD83D\uDE00" + longer + longer + "?", new String(writer.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void sanitisedHtmlIsCopiedAfterALoneHalfOfAPair() {
        PageWriter writer = new PageWriter();
        writer.write("a\uD83D");
        writer.write((Object) new SafeHtml(org.subtext.markdown.Html.of("<p>\u00e9 \u21a9</p>")));
        writer.write((Object) "b");
        assertEquals("a?<p>\u00e9 \u21a9</p>b", new String(writer.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void numbersAreWrittenAsText() {
        PageWriter writer = new PageWriter();
        writer.writeSpecialized(42);
        writer.writeSpecialized(-7L);
        writer.writeSpecialized(1.5);
        writer.writeSpecialized('é');
        writer.writeSpecialized("✓");
        assertEquals("42-71.5é✓", new String(writer.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aPageLargerThanTheBufferAndOutsideLatin1RendersWhole(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.peb"), "{% for i in page %}<p title=\"{{ i }}\">✓ {{ i }} — 🙂</p>{% endfor %}");
        List<String> items = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "item " + i + " <é>").toList();
        StringBuilder expected = new StringBuilder();
        items.forEach(i -> {
            String escaped = i.replace("<", "&lt;").replace(">", "&gt;");
            expected.append("<p title=\"").append(escaped).append("\">✓ ").append(escaped).append(" — 🙂</p>");
        });
        assertEquals(expected.toString(), new String(new PebbleRenderer(dir).render("t", items), StandardCharsets.UTF_8));
    }
}
