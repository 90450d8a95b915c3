package org.subtext.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.internal.HeadingIds;
import org.subtext.markdown.internal.HeadingIdsExtension;

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

    /** Characters that may follow a closing '*' and keep it a closer that cannot open. */
    private static final String AFTER_EMPHASIS = " ,.;:'\"?!)’”–—-[";

    /** The Flexmark extensions this reader copies, no more and no fewer. */
    private static final Set<Class<?>> EXTENSIONS = Set.of(TablesExtension.class, FootnoteExtension.class,
            WikiLinkExtension.class, HeadingIdsExtension.class);

    private final String md;
    private final SourcePosition start;
    private final boolean inline;
    private final LinkIndex index;
    private final String sitePrefix;
    private final Diagnostics found = new Diagnostics();
    private final List<OutgoingLink> links = new ArrayList<>();
    /**
     * Line starts and ends of the text: the end is exclusive and leaves out the line break and
     * trailing spaces, whose number is kept (two or more inside a paragraph make a hard break).
     */
    private int[] lineStart = new int[64];
    private int[] lineEnd = new int[64];
    private int[] trailing = new int[64];
    private int lineCount;

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Note> notes = new HashMap<>();
    private final List<Note> referenced = new ArrayList<>();

    /** The block being written: its plain text (for link contexts) and links waiting for it. */
    private final StringBuilder plain = new StringBuilder();
    private int firstPendingLink;
    private int footnoteReferences;
    /** Footnotes within footnotes are numbered in ways not copied here. */
    private boolean writingNote;

    private enum Kind { PARAGRAPH, HEADING, BULLETS, NUMBERS, QUOTE, TABLE, NOTE }

    /**
     * A block: its kind, its first line and its line count, and how many characters of each line come
     * before its content ("## " of a heading, "> " of a quote, "[^1]: " of a footnote; list markers
     * are measured line by line).
     */
    private record Block(Kind kind, int firstLine, int lines, int skip) {

        /** A heading's level, from its run of '#'. */
        int level() {
            return skip - 1;
        }
    }

    private static final class Note {
        String html;
        int ordinal;
        int references;
        /** The number of the last reference to it, counting all references of the text. */
        int lastReference;
    }

    private QuickMarkdown(String md, SourcePosition start, boolean inline, LinkIndex index, String sitePrefix) {
        this.md = md;
        this.start = start;
        this.inline = inline;
        this.index = index;
        this.sitePrefix = sitePrefix;
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
        QuickMarkdown quick = new QuickMarkdown(md, start, false, index, sitePrefix);
        if (!quick.splitLines() || !quick.readBlocks()) {
            return null;
        }
        StringBuilder out = new StringBuilder(md.length() + md.length() / 4 + 256);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        HeadingIds ids = new HeadingIds(reservedIds);
        if (!quick.write(out, headings, ids) || !quick.writeNotes(out)) {
            return null;
        }
        diagnostics.addAll(quick.found.sorted());
        return new RenderedMarkdown(out.toString(), quick.links, headings);
    }

    /** A one-paragraph field without its {@code <p>}, or null to go to the library. */
    static RenderedMarkdown inline(String md, SourcePosition at, LinkIndex index, String sitePrefix,
                                   Diagnostics diagnostics) {
        QuickMarkdown quick = new QuickMarkdown(md, at, true, index, sitePrefix);
        if (!quick.splitLines() || !quick.readBlocks() || quick.blocks.size() != 1
                || quick.blocks.get(0).kind != Kind.PARAGRAPH || !quick.notes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(md.length() + 64);
        Block paragraph = quick.blocks.get(0);
        if (!quick.inlines(out, paragraph, 0)) {
            return null;
        }
        diagnostics.addAll(quick.found.sorted());
        return new RenderedMarkdown(out.toString(), quick.links, List.of());
    }

    private boolean splitLines() {
        int from = 0;
        int length = md.length();
        while (from < length) {
            int end = md.indexOf('\n', from);
            if (end < 0) {
                end = length;
            }
            addLine(from, end);
            from = end + 1;
        }
        for (int i = 0; i < length; i++) {
            char c = md.charAt(i);
            if (c == '\r' || c == '\t' || c == 0) {
                return false;
            }
        }
        return true;
    }

    private void addLine(int from, int end) {
        if (lineCount == lineStart.length) {
            lineStart = Arrays.copyOf(lineStart, lineCount * 2);
            lineEnd = Arrays.copyOf(lineEnd, lineCount * 2);
            trailing = Arrays.copyOf(trailing, lineCount * 2);
        }
        int trimmed = end;
        while (trimmed > from && md.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        lineStart[lineCount] = from;
        lineEnd[lineCount] = trimmed;
        trailing[lineCount] = end - trimmed;
        lineCount++;
    }

    private boolean blank(int line) {
        return line >= lineCount || lineStart[line] == lineEnd[line];
    }

    private char at(int offset) {
        return offset < md.length() ? md.charAt(offset) : '\n';
    }

    // ---- blocks ----

    private boolean readBlocks() {
        int line = 0;
        while (line < lineCount) {
            int from = lineStart[line];
            int end = lineEnd[line];
            if (from == end) {
                line++;
                continue;
            }
            char c = md.charAt(from);
            if (c == '#') {
                int level = 0;
                while (from + level < end && md.charAt(from + level) == '#') {
                    level++;
                }
                if (level > 6 || from + level + 1 >= end || md.charAt(from + level) != ' '
                        || md.charAt(from + level + 1) == ' ' || md.charAt(end - 1) == '#') {
                    return false;
                }
                blocks.add(new Block(Kind.HEADING, line, 1, level + 1));
                line++;
            } else if (c == '-' || c == '>' || c == '|' || (c >= '0' && c <= '9') && numbered(from, end) > 0) {
                Kind kind = c == '-' ? Kind.BULLETS : c == '>' ? Kind.QUOTE : c == '|' ? Kind.TABLE : Kind.NUMBERS;
                if (kind == Kind.NUMBERS && !(md.charAt(from) == '1' && md.charAt(from + 1) == '.')) {
                    return false;
                }
                int first = line;
                while (line < lineCount && !blank(line) && sameKind(kind, line)) {
                    if (!contentStartsSafely(line, kind) || kind == Kind.TABLE && trailing[line] > 0
                            || kind == Kind.QUOTE && trailing[line] > 1 && !blank(line + 1)) {
                        return false;
                    }
                    line++;
                }
                // a line of another kind right after is a lazy continuation or starts a block in ways not read here
                if (!blank(line) || line == first) {
                    return false;
                }
                if (kind == Kind.BULLETS || kind == Kind.NUMBERS) {
                    int next = line;
                    while (blank(next) && next < lineCount) {
                        next++;
                    }
                    // the same kind of list after a blank line would make this one loose
                    if (next < lineCount && sameKind(kind, next)) {
                        return false;
                    }
                }
                if (kind == Kind.TABLE && !tableShape(first, line - first)) {
                    return false;
                }
                blocks.add(new Block(kind, first, line - first, kind == Kind.QUOTE ? 2 : 0));
            } else if (c == '[' && md.startsWith("[^", from)) {
                int close = md.indexOf("]: ", from);
                if (close < 0 || close > end || !label(from + 2, close) || !blank(line + 1)
                        || !safeStart(close + 3, end)) {
                    return false;
                }
                String label = md.substring(from + 2, close);
                if (notes.containsKey(label)) {
                    return false;
                }
                notes.put(label, new Note());
                blocks.add(new Block(Kind.NOTE, line, 1, close + 3 - from));
                line++;
            } else {
                int first = line;
                while (line < lineCount && !blank(line)) {
                    if (!safeStart(lineStart[line], lineEnd[line]) || trailing[line] > 1 && !blank(line + 1)) {
                        return false;
                    }
                    line++;
                }
                blocks.add(new Block(Kind.PARAGRAPH, first, line - first, 0));
            }
        }
        return true;
    }

    /** The length of an ordered list marker with its space ("12. "), or 0. */
    private int numbered(int from, int end) {
        int i = from;
        while (i < end && i - from < 9 && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
            i++;
        }
        if (i == from || i >= end || md.charAt(i) != '.' && md.charAt(i) != ')') {
            return 0;
        }
        if (i + 1 == end) {
            return -1; // an empty item, not read here
        }
        return md.charAt(i + 1) == ' ' ? i + 2 - from : 0;
    }

    private boolean sameKind(Kind kind, int line) {
        int from = lineStart[line];
        int end = lineEnd[line];
        return switch (kind) {
            case BULLETS -> md.startsWith("- ", from);
            case QUOTE -> md.charAt(from) == '>';
            case TABLE -> md.charAt(from) == '|';
            case NUMBERS -> numbered(from, end) > 0 && md.charAt(from + numbered(from, end) - 2) == '.';
            default -> false;
        };
    }

    /** Whether a list item's or quote line's content is plain text that starts no other block. */
    private boolean contentStartsSafely(int line, Kind kind) {
        int from = lineStart[line];
        int end = lineEnd[line];
        return switch (kind) {
            case BULLETS -> safeStart(from + 2, end);
            case QUOTE -> md.startsWith("> ", from) && safeStart(from + 2, end);
            case NUMBERS -> numbered(from, end) > 0 && safeStart(from + numbered(from, end), end);
            case TABLE -> md.charAt(end - 1) == '|' && end - from > 1 && plainRow(from, end);
            default -> false;
        };
    }

    /** Nothing in a row that could hide a '|' or be read across cells. */
    private boolean plainRow(int from, int end) {
        for (int i = from; i < end; i++) {
            char c = md.charAt(i);
            if (c == '`' || c == '\\' || c == '[' || c == '<') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line (or a block's content) at {@code from} starts a plain paragraph line, which
     * neither starts another block nor could continue one.
     */
    private boolean safeStart(int from, int end) {
        if (from >= end) {
            return false;
        }
        char c = md.charAt(from);
        if (Character.isLetter(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(') {
            return true;
        }
        if (c >= '0' && c <= '9') {
            return numbered(from, end) == 0;
        }
        if (c == '*') {
            char next = at(from + 1);
            return Character.isLetterOrDigit(next) || next == '*' && Character.isLetterOrDigit(at(from + 2));
        }
        if (c == '[') {
            if (md.startsWith("[[", from)) {
                return true;
            }
            // a reference definition, or a footnote's, starts with a bracketed label and a colon
            int close = md.indexOf(']', from);
            return at(from + 1) != '^' && close > 0 && close < end && at(close + 1) != ':';
        }
        return c == '`' && at(from + 1) != '`';
    }

    private boolean label(int from, int end) {
        if (from >= end || end - from > 200) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = md.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private boolean tableShape(int first, int lines) {
        if (lines < 3) {
            return false;
        }
        int columns = cells(first);
        int sep = first + 1;
        if (columns == 0 || cells(sep) != columns) {
            return false;
        }
        for (int i = lineStart[sep] + 1; i < lineEnd[sep]; ) {
            int bar = md.indexOf('|', i);
            int a = cellStart(i, bar);
            int b = cellEnd(a, bar);
            if (a < b && md.charAt(a) == ':') {
                a++;
            }
            if (b > a && md.charAt(b - 1) == ':') {
                b--;
            }
            if (b == a) {
                return false;
            }
            for (int k = a; k < b; k++) {
                if (md.charAt(k) != '-') {
                    return false;
                }
            }
            i = bar + 1;
        }
        for (int line = first + 2; line < first + lines; line++) {
            if (cells(line) != columns) {
                return false;
            }
        }
        return true;
    }

    /** Where a cell's content starts, past its spaces. */
    private int cellStart(int from, int bar) {
        int a = from;
        while (a < bar && md.charAt(a) == ' ') {
            a++;
        }
        return a;
    }

    /** Where a cell's content ends, before its spaces. */
    private int cellEnd(int start, int bar) {
        int b = bar;
        while (b > start && md.charAt(b - 1) == ' ') {
            b--;
        }
        return b;
    }

    private int cells(int line) {
        int count = -1;
        for (int i = lineStart[line]; i < lineEnd[line]; i++) {
            if (md.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    // ---- writing ----

    /** A newline unless at the start of a line, as Flexmark's renderer writes between blocks. */
    private static void line(StringBuilder out) {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') {
            out.append('\n');
        }
    }

    private boolean write(StringBuilder out, List<RenderedMarkdown.Heading> headings, HeadingIds ids) {
        for (Block block : blocks) {
            switch (block.kind) {
                case PARAGRAPH -> {
                    if (!wrapped(out, "<p>", block, 0, "</p>")) {
                        return false;
                    }
                }
                case HEADING -> {
                    StringBuilder content = new StringBuilder();
                    if (!inlines(content, block, block.skip)) {
                        return false;
                    }
                    String id = ids.next(plain.toString());
                    if (!SanitizedText.isSafeId(id)) {
                        return false;
                    }
                    headings.add(new RenderedMarkdown.Heading(block.level(), id, plain.toString()));
                    line(out);
                    out.append("<h").append(block.level()).append(" id=\"").append(id).append("\">").append(content)
                            .append("</h").append(block.level()).append('>');
                    line(out);
                }
                case BULLETS, NUMBERS -> {
                    line(out);
                    out.append(block.kind == Kind.BULLETS ? "<ul>" : "<ol>");
                    for (int i = 0; i < block.lines; i++) {
                        int line = block.firstLine + i;
                        int marker = block.kind == Kind.BULLETS ? 2 : numbered(lineStart[line], lineEnd[line]);
                        out.append("<li>");
                        if (!inlines(out, new Block(Kind.PARAGRAPH, line, 1, 0), marker)) {
                            return false;
                        }
                        out.append("</li>");
                    }
                    out.append(block.kind == Kind.BULLETS ? "</ul>" : "</ol>");
                    line(out);
                }
                case QUOTE -> {
                    if (!wrapped(out, "<blockquote>\n<p>", block, block.skip, "</p>\n</blockquote>")) {
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
                    writingNote = true;
                    boolean written = inlines(content, block, block.skip);
                    writingNote = false;
                    if (!written) {
                        return false;
                    }
                    int from = lineStart[block.firstLine];
                    // the label lies between "[^" and the "]: " that the skip ends with
                    notes.get(md.substring(from + 2, from + block.skip - 3)).html = content.toString();
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
        int sep = block.firstLine + 1;
        List<String> aligns = new ArrayList<>();
        for (int i = lineStart[sep] + 1; i < lineEnd[sep]; ) {
            int bar = md.indexOf('|', i);
            String cell = md.substring(i, bar).strip();
            boolean left = cell.startsWith(":");
            boolean right = cell.endsWith(":");
            aligns.add(left && right ? " align=\"center\"" : left ? " align=\"left\"" : right ? " align=\"right\"" : "");
            i = bar + 1;
        }
        line(out);
        out.append("<table class=\"md-table\"><thead>");
        if (!row(out, block.firstLine, "th", aligns)) {
            return false;
        }
        out.append("</thead><tbody>");
        for (int line = block.firstLine + 2; line < block.firstLine + block.lines; line++) {
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
        for (int i = lineStart[line] + 1; i < lineEnd[line]; column++) {
            int bar = md.indexOf('|', i);
            int a = cellStart(i, bar);
            int b = cellEnd(a, bar);
            // an empty cell is written with a space by Flexmark's renderer; not copied here
            if (a == b) {
                return false;
            }
            out.append('<').append(tag).append(aligns.get(column)).append('>');
            plain.setLength(0);
            firstPendingLink = links.size();
            if (!inlineRange(out, line, a, b)) {
                return false;
            }
            finishBlock();
            out.append("</").append(tag).append('>');
            i = bar + 1;
        }
        out.append("</tr>");
        return true;
    }

    private boolean writeNotes(StringBuilder out) {
        if (referenced.isEmpty()) {
            return true;
        }
        // Flexmark numbers footnotes in the order of their last references ("A[^1] ... [^x] [^1]"
        // numbers x first); they were numbered here by their first, so a text where the two orders
        // differ goes to the library
        for (int i = 1; i < referenced.size(); i++) {
            if (referenced.get(i - 1).lastReference > referenced.get(i).lastReference) {
                return false;
            }
        }
        line(out);
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>");
        for (Note note : referenced) {
            out.append("<li id=\"fn-").append(note.ordinal).append("\">\n<p>").append(note.html).append("</p>\n");
            for (int i = 0; i < note.references; i++) {
                out.append("<a href=\"#fnref-").append(note.ordinal);
                if (i > 0) {
                    out.append('-').append(i);
                }
                out.append("\" class=\"footnote-backref\">\u21a9</a>\n");
            }
            out.append("</li>");
        }
        out.append("</ol>\n</div>\n");
        return true;
    }

    // ---- inlines ----

    /** Writes a block's lines from {@code skip} characters into each, joined by soft breaks. */
    private boolean inlines(StringBuilder out, Block block, int skip) {
        plain.setLength(0);
        firstPendingLink = links.size();
        for (int i = 0; i < block.lines; i++) {
            int line = block.firstLine + i;
            if (i > 0) {
                out.append('\n');
                plain.append(' ');
            }
            if (!inlineRange(out, line, lineStart[line] + skip, lineEnd[line])) {
                return false;
            }
        }
        finishBlock();
        return true;
    }

    /** Gives the links of the block just written its text as their context. */
    private void finishBlock() {
        if (firstPendingLink == links.size()) {
            return;
        }
        String context = MarkdownRenderer.context(plain.toString());
        for (int i = firstPendingLink; i < links.size(); i++) {
            OutgoingLink link = links.get(i);
            links.set(i, new OutgoingLink(link.targetId(), link.anchor(), context, link.position()));
        }
    }

    private boolean inlineRange(StringBuilder out, int line, int from, int end) {
        int i = from;
        while (i < end) {
            char c = md.charAt(i);
            switch (c) {
                case '*' -> {
                    i = emphasis(out, from, i, end);
                }
                case '`' -> {
                    i = code(out, i, end);
                }
                case '[' -> {
                    if (md.startsWith("[[", i)) {
                        i = wikiLink(out, line, i, end);
                    } else if (at(i + 1) == '^') {
                        i = footnote(out, i, end);
                    } else {
                        i = link(out, i, end);
                    }
                }
                default -> {
                    int run = i;
                    while (run < end && plainChar(md.charAt(run), run)) {
                        run++;
                    }
                    if (run == i || !SanitizedText.appendText(out, md, i, run)) {
                        return false;
                    }
                    plain.append(md, i, run);
                    i = run;
                }
            }
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character is text wherever it stands in a line (it may still need encoding). */
    private boolean plainChar(char c, int i) {
        return switch (c) {
            case '\\', '<', '_', '*', '`', '[', ']' -> false;
            case '!' -> at(i + 1) != '[';
            case '&' -> !(Character.isLetterOrDigit(at(i + 1)) || at(i + 1) == '#');
            default -> true;
        };
    }

    /** Appends plain characters from {@code from} to {@code end}; false at anything else. */
    private boolean plainText(StringBuilder out, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!plainChar(md.charAt(i), i)) {
                return false;
            }
        }
        if (!SanitizedText.appendText(out, md, from, end)) {
            return false;
        }
        plain.append(md, from, end);
        return true;
    }

    private int emphasis(StringBuilder out, int lineFrom, int i, int end) {
        int n = at(i + 1) == '*' ? 2 : 1;
        if (at(i + n) == '*' || !(i == lineFrom || md.charAt(i - 1) == ' ')
                || !Character.isLetterOrDigit(at(i + n))) {
            return -1;
        }
        int close = md.indexOf('*', i + n);
        if (close < 0 || close + n > end || !Character.isLetterOrDigit(md.charAt(close - 1))) {
            return -1;
        }
        if (n == 2 && at(close + 1) != '*' || at(close + n) == '*') {
            return -1;
        }
        if (close + n < end && AFTER_EMPHASIS.indexOf(md.charAt(close + n)) < 0) {
            return -1;
        }
        String tag = n == 1 ? "em>" : "strong>";
        out.append('<').append(tag);
        if (!plainText(out, i + n, close)) {
            return -1;
        }
        out.append("</").append(tag);
        return close + n;
    }

    private int code(StringBuilder out, int i, int end) {
        int close = md.indexOf('`', i + 1);
        if (at(i + 1) == '`' || close < 0 || close >= end || close == i + 1 || at(close + 1) == '`'
                || md.charAt(i + 1) == ' ' || md.charAt(close - 1) == ' ') {
            return -1;
        }
        String content = md.substring(i + 1, close);
        if (content.contains("  ")) {
            return -1;
        }
        out.append("<code>");
        if (!SanitizedText.appendText(out, content)) {
            return -1;
        }
        out.append("</code>");
        plain.append(content);
        return close + 1;
    }

    private int link(StringBuilder out, int i, int end) {
        int close = md.indexOf(']', i + 1);
        if (close < 0 || close + 1 >= end || md.charAt(close + 1) != '(' || close == i + 1) {
            return -1;
        }
        int urlEnd = md.indexOf(')', close + 2);
        if (urlEnd < 0 || urlEnd >= end) {
            return -1;
        }
        String url = md.substring(close + 2, urlEnd);
        for (int k = 0; k < url.length(); k++) {
            char c = url.charAt(k);
            if (c == ' ' || c == '(' || c == '<' || c == '>' || c == '\\' || c == '"' || c == '[' || c == ']'
                    || c == '&' && url.indexOf(';') >= 0) {
                return -1;
            }
        }
        out.append("<a href=\"");
        if (!SanitizedText.appendUrl(out, url, sitePrefix)) {
            return -1;
        }
        out.append("\">");
        if (!plainText(out, i + 1, close)) {
            return -1;
        }
        out.append("</a>");
        return urlEnd + 1;
    }

    private int footnote(StringBuilder out, int i, int end) {
        int close = md.indexOf(']', i + 2);
        if (close < 0 || close >= end || !label(i + 2, close) || at(close + 1) == '(' || at(close + 1) == '['
                || at(close + 1) == ':' || inline || writingNote) {
            return -1;
        }
        Note note = notes.get(md.substring(i + 2, close));
        if (note == null) {
            return -1;
        }
        if (note.ordinal == 0) {
            referenced.add(note);
            note.ordinal = referenced.size();
        }
        out.append("<sup id=\"fnref-").append(note.ordinal);
        if (note.references > 0) {
            out.append('-').append(note.references);
        }
        note.references++;
        note.lastReference = ++footnoteReferences;
        out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(note.ordinal).append("\">")
                .append(note.ordinal).append("</a></sup>");
        return close + 1;
    }

    private int wikiLink(StringBuilder out, int line, int i, int end) {
        int close = md.indexOf("]]", i + 2);
        if (close < 0 || close + 2 > end || at(i + 2) == '[' || at(close + 2) == ']' || at(close + 2) == '(') {
            return -1;
        }
        int bar = md.indexOf('|', i + 2);
        int targetEnd = bar >= 0 && bar < close ? bar : close;
        int hash = md.indexOf('#', i + 2);
        int idEnd = hash >= 0 && hash < targetEnd ? hash : targetEnd;
        if (!label(i + 2, idEnd) || idEnd < targetEnd && !label(idEnd + 1, targetEnd)) {
            return -1;
        }
        String target = md.substring(i + 2, idEnd);
        String anchor = idEnd < targetEnd ? md.substring(idEnd + 1, targetEnd) : null;
        String label = null;
        if (targetEnd < close) {
            for (int k = targetEnd + 1; k < close; k++) {
                char c = md.charAt(k);
                // the label is taken as it stands: '*' in it is a character, not emphasis
                if (!plainChar(c, k) && c != '*' || c == '!' || c == '&' || c == '#') {
                    return -1;
                }
            }
            label = md.substring(targetEnd + 1, close).strip();
            if (label.isEmpty()) {
                return -1;
            }
        }
        SourcePosition position = inline ? start
                : start.atLine(start.line() + line, i - lineStart[line] + 1);
        LinkTarget resolved = MarkdownRenderer.resolve(target, anchor, position, index, found);
        String text;
        if (resolved == null) {
            text = label != null ? label : target;
            if (!SanitizedText.appendText(out, text)) {
                return -1;
            }
        } else {
            text = label != null ? label : resolved.title();
            out.append("<a href=\"");
            if (!SanitizedText.appendUrl(out, "/" + resolved.path() + (anchor == null ? "" : "#" + anchor), sitePrefix)) {
                return -1;
            }
            out.append("\">");
            if (!SanitizedText.appendText(out, text)) {
                return -1;
            }
            out.append("</a>");
            links.add(new OutgoingLink(resolved.id(), anchor, null, position));
        }
        plain.append(text);
        return close + 2;
    }
}
