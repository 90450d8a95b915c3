package org.subtext.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.QuickBlocks.Block;
import org.subtext.markdown.QuickBlocks.Kind;
import org.subtext.markdown.internal.HeadingIds;
import org.subtext.markdown.internal.HeadingIdsExtension;
import org.subtext.markdown.internal.ScrollableTablesExtension;

/**
 * The one fast path in front of the library: reads the plain Markdown most explainers are made
 * of and writes, in one pass, the HTML that Flexmark's parser and renderer and the sanitizer give.
 * Covers one-line headings, paragraphs, tight one-line lists, one-paragraph quotes, pipe tables,
 * one-line footnotes; text, {@code *em*}, {@code **strong**}, code, links, wikilinks, footnote
 * references. Declines (null, nothing reported) anything else: indentation, tabs, lazy lines, loose
 * lists, HTML, escapes, entities, underscores, images, and any Flexmark setup but the one
 * {@link #writtenFor} names. {@code QuickMarkdownTest} holds it equal to the library.
 */
final class QuickMarkdown {

    /** The Flexmark extensions this reader copies, no more and no fewer. */
    private static final Set<Class<?>> EXTENSIONS = Set.of(TablesExtension.class, FootnoteExtension.class,
            WikiLinkExtension.class, HeadingIdsExtension.class, ScrollableTablesExtension.class);

    private final QuickLines lines;
    private final String md;
    private final List<Block> blocks;
    private final QuickFootnotes footnotes;
    private final QuickInlines reader;

    private QuickMarkdown(QuickLines lines, QuickBlocks read, QuickInlines reader) {
        this.lines = lines;
        this.md = lines.md;
        this.blocks = read.blocks;
        this.footnotes = read.footnotes;
        this.reader = reader;
    }

    /** The text read into lines and blocks, or null to go to the library. */
    private static QuickMarkdown read(String md, SourcePosition start, boolean inline, LinkIndex index,
                                      String sitePrefix) {
        QuickLines lines = QuickLines.split(md);
        QuickBlocks read = lines == null ? null : QuickBlocks.read(lines);
        if (read == null) {
            return null;
        }
        QuickInlines reader = new QuickInlines(lines, read.footnotes, start, inline, index, sitePrefix);
        return new QuickMarkdown(lines, read, reader);
    }

    /**
     * Whether {@code setup} is the one this reader was written for: the same extensions and options.
     * Any other (an extension added, an option changed) sends every text to the library, which
     * knows what the setup means; this reader does not.
     */
    static boolean writtenFor(FlexmarkSetup setup) {
        Set<Class<?>> extensions = new HashSet<>();
        for (Extension extension : setup.extensions()) {
            extensions.add(extension.getClass());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return setup.extensions().size() == EXTENSIONS.size() && extensions.equals(EXTENSIONS)
                && setup.options().equals(options.toImmutable());
    }

    /** The rendered body, or null to go to the library. */
    static RenderedMarkdown body(String md, SourcePosition start, LinkIndex index, Set<String> reservedIds,
                                 String sitePrefix, Diagnostics diagnostics) {
        QuickMarkdown quick = read(md, start, false, index, sitePrefix);
        if (quick == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(md.length() + md.length() / 4 + 256);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        HeadingIds ids = new HeadingIds(reservedIds);
        if (!quick.write(out, headings, ids) || !quick.footnotes.write(out)) {
            return null;
        }
        diagnostics.addAll(quick.reader.found.sorted());
        return new RenderedMarkdown(Html.of(out.toString()), quick.reader.links, headings,
                DocumentUrls.inOrder(quick.reader.urls));
    }

    /** A one-paragraph field without its {@code <p>}, or null to go to the library. */
    static RenderedMarkdown inline(String md, SourcePosition at, LinkIndex index, String sitePrefix,
                                   Diagnostics diagnostics) {
        QuickMarkdown quick = read(md, at, true, index, sitePrefix);
        if (quick == null || quick.blocks.size() != 1
                || quick.blocks.get(0).kind() != Kind.PARAGRAPH || !quick.footnotes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(md.length() + 64);
        Block paragraph = quick.blocks.get(0);
        if (!quick.inlines(out, paragraph, 0)) {
            return null;
        }
        diagnostics.addAll(quick.reader.found.sorted());
        return new RenderedMarkdown(Html.of(out.toString()), quick.reader.links, List.of(),
                DocumentUrls.inOrder(quick.reader.urls));
    }

    // ---- writing ----

    /** A newline unless at the start of a line, as Flexmark's renderer writes between blocks. */
    static void line(StringBuilder out) {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') {
            out.append('\n');
        }
    }

    private boolean write(StringBuilder out, List<RenderedMarkdown.Heading> headings, HeadingIds ids) {
        for (Block block : blocks) {
            switch (block.kind()) {
                case PARAGRAPH -> {
                    if (!wrapped(out, "<p>", block, 0, "</p>")) {
                        return false;
                    }
                }
                case HEADING -> {
                    StringBuilder content = new StringBuilder();
                    if (!inlines(content, block, block.skip())) {
                        return false;
                    }
                    String id = ids.next(reader.plainText());
                    if (!SanitizedText.isSafeId(id)) {
                        return false;
                    }
                    headings.add(new RenderedMarkdown.Heading(block.level(), id, reader.plainText()));
                    line(out);
                    out.append("<h").append(block.level()).append(" id=\"").append(id).append("\">").append(content)
                            .append("</h").append(block.level()).append('>');
                    line(out);
                }
                case BULLETS, NUMBERS -> {
                    line(out);
                    out.append(block.kind() == Kind.BULLETS ? "<ul>" : "<ol>");
                    for (int i = 0; i < block.lines(); i++) {
                        int line = block.firstLine() + i;
                        int marker = block.kind() == Kind.BULLETS ? 2
                                : lines.numbered(lines.start(line), lines.end(line));
                        out.append("<li>");
                        if (!inlines(out, new Block(Kind.PARAGRAPH, line, 1, 0), marker)) {
                            return false;
                        }
                        out.append("</li>");
                    }
                    out.append(block.kind() == Kind.BULLETS ? "</ul>" : "</ol>");
                    line(out);
                }
                case QUOTE -> {
                    if (!wrapped(out, "<blockquote>\n<p>", block, block.skip(), "</p>\n</blockquote>")) {
                        return false;
                    }
                }
                case TABLE -> {
                    if (!table(out, block)) {
                        return false;
                    }
                }
                case NOTE -> {
                    StringBuilder content = new StringBuilder();
                    reader.writingNote = true;
                    boolean written = inlines(content, block, block.skip());
                    reader.writingNote = false;
                    if (!written) {
                        return false;
                    }
                    int from = lines.start(block.firstLine());
                    // the label lies between "[^" and the "]: " that the skip ends with
                    footnotes.written(md.substring(from + 2, from + block.skip() - 3), content.toString());
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** A block's lines, {@code skip} characters into each, between an opening and a closing tag, on lines of their own. */
    private boolean wrapped(StringBuilder out, String open, Block block, int skip, String close) {
        line(out);
        out.append(open);
        if (!inlines(out, block, skip)) {
            return false;
        }
        out.append(close);
        line(out);
        return true;
    }

    private boolean table(StringBuilder out, Block block) {
        int sep = block.firstLine() + 1;
        List<String> aligns = new ArrayList<>();
        for (int i = lines.start(sep) + 1; i < lines.end(sep); ) {
            int bar = md.indexOf('|', i);
            String cell = md.substring(i, bar).strip();
            boolean left = cell.startsWith(":");
            boolean right = cell.endsWith(":");
            aligns.add(left && right ? " align=\"center\"" : left ? " align=\"left\"" : right ? " align=\"right\"" : "");
            i = bar + 1;
        }
        line(out);
        out.append("<table class=\"md-table\" tabindex=\"0\"><thead>");
        if (!row(out, block.firstLine(), "th", aligns)) {
            return false;
        }
        out.append("</thead><tbody>");
        for (int line = block.firstLine() + 2; line < block.firstLine() + block.lines(); line++) {
            if (!row(out, line, "td", aligns)) {
                return false;
            }
        }
        out.append("</tbody></table>");
        line(out);
        return true;
    }

    private boolean row(StringBuilder out, int line, String tag, List<String> aligns) {
        out.append("<tr>");
        int column = 0;
        for (int i = lines.start(line) + 1; i < lines.end(line); column++) {
            int bar = md.indexOf('|', i);
            int a = lines.cellStart(i, bar);
            int b = lines.cellEnd(a, bar);
            // an empty cell is written with a space by Flexmark's renderer; not copied here
            if (a == b) {
                return false;
            }
            out.append('<').append(tag).append(aligns.get(column)).append('>');
            reader.startBlock();
            if (!reader.range(out, line, a, b)) {
                return false;
            }
            reader.finishBlock();
            out.append("</").append(tag).append('>');
            i = bar + 1;
        }
        out.append("</tr>");
        return true;
    }

    /** Writes a block's lines from {@code skip} characters into each, joined by soft breaks. */
    private boolean inlines(StringBuilder out, Block block, int skip) {
        reader.startBlock();
        for (int i = 0; i < block.lines(); i++) {
            int line = block.firstLine() + i;
            if (i > 0) {
                reader.softBreak(out);
            }
            if (!reader.range(out, line, lines.start(line) + skip, lines.end(line))) {
                return false;
            }
        }
        reader.finishBlock();
        return true;
    }
}
