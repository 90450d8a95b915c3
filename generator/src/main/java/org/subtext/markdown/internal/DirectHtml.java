package org.subtext.markdown.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Writes a parsed document straight to the HTML that Flexmark's renderer and then the sanitizer
 * give together, for the Markdown that explainers are made of: paragraphs, headings, emphasis,
 * code, links, lists, quotes, code blocks, tables and footnotes. Flexmark's renderer builds its
 * output through layers of sequence and line objects and the sanitizer parses it again; together
 * they were over half the time of rendering an explainer's Markdown.
 * <p>
 * It returns null, and the caller takes the long way, at anything else: raw HTML, images,
 * reference links, an unusual URL or attribute, a character that the sanitizer rewrites in a way
 * not copied here. A differential test holds its output equal to the long way's on every
 * document it takes.
 */
public final class DirectHtml {

    /** The sanitizer's own patterns for the attributes written here: values outside them are dropped. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_:.-]{0,120}");
    private static final Pattern CLASS = Pattern.compile("[a-zA-Z0-9_ -]{1,120}");
    /** Flexmark's default: a code block's language is its info string up to a space or tab. */
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");

    /** What the sanitizer writes for each ASCII character it encodes ({@code org.owasp.html.Encoding}). */
    private static final String[] ENCODED = new String[0x80];

    static {
        ENCODED['"'] = "&#34;";
        ENCODED['&'] = "&amp;";
        ENCODED['\''] = "&#39;";
        ENCODED['+'] = "&#43;";
        ENCODED['<'] = "&lt;";
        ENCODED['='] = "&#61;";
        ENCODED['>'] = "&gt;";
        ENCODED['@'] = "&#64;";
        ENCODED['`'] = "&#96;";
    }

    /** The one raw HTML tag taken: an abbreviation with its expansion, written as the sanitizer writes it. */
    private static final Pattern ABBR = Pattern.compile("<abbr title=\"([^\"<>&]*)\">");

    private final StringBuilder out;
    /** Abbreviations open, and how many were open when the current run of inlines began. */
    private int openAbbrs;
    private int abbrFloor;
    private final Map<Node, String> headingIds;
    private final String sitePrefix;
    private final ListOptions listOptions;
    private final Document document;

    private DirectHtml(Document document, Map<Node, String> headingIds, String sitePrefix, int expectedLength) {
        this.out = new StringBuilder(expectedLength);
        this.document = document;
        this.headingIds = headingIds;
        this.sitePrefix = sitePrefix;
        this.listOptions = ListOptions.get(document);
    }

    /**
     * The sanitized HTML of {@code document}, or null when it holds anything this does not write.
     *
     * @param sitePrefix what the sanitizer puts before site-root URLs: the base path without its
     *                   trailing slash ("" for "/")
     */
    public static String render(Document document, Map<Node, String> headingIds, String sitePrefix) {
        // numbered by first reference, as Flexmark's renderer numbers them when it starts (idempotent)
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        DirectHtml html = new DirectHtml(document, headingIds, sitePrefix, document.getTextLength() + 1024);
        return html.blocks(document) && html.footnotes() ? html.out.toString() : null;
    }

    /**
     * The sanitized HTML of a one-paragraph document without its {@code <p>}, as a front matter
     * field is rendered; null when it is more than one plain paragraph or holds anything not written here.
     */
    public static String renderInline(Document document, String sitePrefix) {
        Node paragraph = document.getFirstChild();
        if (paragraph == null || paragraph.getClass() != Paragraph.class || paragraph.getNext() != null) {
            return null;
        }
        DirectHtml html = new DirectHtml(document, Map.of(), sitePrefix, paragraph.getTextLength() + 64);
        return html.inlines(paragraph) ? html.out.toString() : null;
    }

    /** Whether the sanitizer keeps {@code id} as an element's id. */
    public static boolean isSafeId(String id) {
        return ID.matcher(id).matches();
    }

    /** A newline unless at the start of a line: Flexmark's {@code line()}. */
    private void line() {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') {
            out.append('\n');
        }
    }

    private boolean blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!block(node)) {
                return false;
            }
        }
        return true;
    }

    private boolean block(Node node) {
        Class<?> type = node.getClass();
        if (type == Paragraph.class) {
            return paragraph((Paragraph) node);
        }
        if (type == Heading.class) {
            Heading heading = (Heading) node;
            String id = headingIds.get(heading);
            if (id == null || !ID.matcher(id).matches()) {
                return false;
            }
            line();
            out.append("<h").append(heading.getLevel()).append(" id=\"").append(id).append("\">");
            if (!inlines(heading)) {
                return false;
            }
            out.append("</h").append(heading.getLevel()).append('>');
            line();
            return true;
        }
        if (type == BulletList.class || type == OrderedList.class) {
            return list(node);
        }
        if (type == BlockQuote.class) {
            line();
            out.append("<blockquote>");
            line();
            if (!blocks(node)) {
                return false;
            }
            line();
            out.append("</blockquote>");
            line();
            return true;
        }
        if (type == ThematicBreak.class) {
            line();
            out.append("<hr />");
            line();
            return true;
        }
        if (type == FencedCodeBlock.class) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            String language = null;
            if (code.getInfo().isNotNull() && !code.getInfo().isBlank()) {
                language = code.getInfoDelimitedByAny(LANGUAGE_DELIMITERS).unescape();
                if (!CLASS.matcher("language-" + language).matches()) {
                    return false;
                }
            }
            return codeBlock(language == null ? "<pre><code>" : "<pre><code class=\"language-" + language + "\">",
                    code.getContentChars().normalizeEOL());
        }
        if (type == IndentedCodeBlock.class) {
            return codeBlock("<pre><code>",
                    ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        }
        if (type == TableBlock.class) {
            return table((TableBlock) node);
        }
        // footnote definitions are written at the end; reference definitions write nothing
        return type == FootnoteBlock.class || type == Reference.class;
    }

    private boolean codeBlock(String open, CharSequence content) {
        line();
        out.append(open);
        if (!text(content)) {
            return false;
        }
        out.append("</code></pre>");
        line();
        return true;
    }

    private boolean paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChild() == null) {
            return false;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions, document)) {
            return inlines(paragraph);
        }
        line();
        out.append("<p>");
        if (!inlines(paragraph)) {
            return false;
        }
        out.append("</p>");
        line();
        return true;
    }

    private boolean list(Node list) {
        line();
        if (list instanceof OrderedList ordered) {
            int start = ordered.getStartNumber();
            if (start == 1) {
                out.append("<ol>");
            } else if (start >= 0 && start <= 9999 && listOptions.isOrderedListManualStart()) {
                out.append("<ol start=\"").append(start).append("\">");
            } else {
                return false;
            }
        } else {
            out.append("<ul>");
        }
        // whitespace between items is dropped by the sanitizer (no text belongs in a list), so none is written
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if ((item.getClass() != BulletListItem.class && item.getClass() != OrderedListItem.class)
                    || !((ListItem) item).getMarkerSuffix().isEmpty()) {
                return false;
            }
            out.append("<li>");
            if (!blocks(item)) {
                return false;
            }
            out.append("</li>");
        }
        out.append(list instanceof OrderedList ? "</ol>" : "</ul>");
        line();
        return true;
    }

    private boolean table(TableBlock table) {
        line();
        out.append("<table class=\"md-table\">");
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            Class<?> type = section.getClass();
            if (type == TableSeparator.class) {
                continue;
            }
            if (type != TableHead.class && type != TableBody.class) {
                return false;
            }
            String tag = type == TableHead.class ? "thead" : "tbody";
            out.append('<').append(tag).append('>');
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row.getClass() != TableRow.class) {
                    return false;
                }
                out.append("<tr>");
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c.getClass() != TableCell.class || ((TableCell) c).getSpan() > 1) {
                        return false;
                    }
                    TableCell cell = (TableCell) c;
                    String name = cell.isHeader() ? "th" : "td";
                    out.append('<').append(name);
                    if (cell.getAlignment() != null) {
                        switch (cell.getAlignment()) {
                            case LEFT -> out.append(" align=\"left\"");
                            case CENTER -> out.append(" align=\"center\"");
                            case RIGHT -> out.append(" align=\"right\"");
                            default -> {
                                return false;
                            }
                        }
                    }
                    out.append('>');
                    if (!inlines(cell)) {
                        return false;
                    }
                    out.append("</").append(name).append('>');
                }
                out.append("</tr>");
            }
            out.append("</").append(tag).append('>');
        }
        out.append("</table>");
        line();
        return true;
    }

    /** The footnotes that the text references, in the order of first reference, after the text. */
    private boolean footnotes() {
        List<FootnoteBlock> notes = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (notes.isEmpty()) {
            return true;
        }
        line();
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>");
        for (FootnoteBlock note : notes) {
            int ordinal = note.getFootnoteOrdinal();
            out.append("<li id=\"fn-").append(ordinal).append("\">");
            if (!blocks(note)) {
                return false;
            }
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                line();
                out.append("<a href=\"#fnref-").append(ordinal);
                if (i > 0) {
                    out.append('-').append(i);
                }
                out.append("\" class=\"footnote-backref\">\u21a9</a>");
            }
            line();
            out.append("</li>");
        }
        out.append("</ol>");
        line();
        out.append("</div>");
        line();
        return true;
    }

    private boolean inlines(Node parent) {
        int floor = abbrFloor;
        abbrFloor = openAbbrs;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!inline(node)) {
                return false;
            }
        }
        // an abbreviation left open here would be closed by the sanitizer's tag balancing: not copied
        boolean balanced = openAbbrs == abbrFloor;
        abbrFloor = floor;
        return balanced;
    }

    private boolean abbr(String tag) {
        if (tag.equals("</abbr>")) {
            if (openAbbrs == abbrFloor) {
                return false;
            }
            openAbbrs--;
            out.append(tag);
            return true;
        }
        Matcher open = ABBR.matcher(tag);
        if (!open.matches() || openAbbrs > abbrFloor) {
            return false;
        }
        openAbbrs++;
        out.append("<abbr title=\"");
        if (!attribute(open.group(1))) {
            return false;
        }
        out.append("\">");
        return true;
    }

    private boolean image(Image image) {
        if (image.getTitle().isNotNull() || !image.getUrlContent().isEmpty()) {
            return false;
        }
        out.append("<img src=\"");
        if (!url(image.getUrl().unescape())) {
            return false;
        }
        out.append("\" alt=\"");
        if (!attribute(new TextCollectingVisitor().collectAndGetText(image))) {
            return false;
        }
        out.append("\" />");
        return true;
    }

    /** An attribute value as the sanitizer encodes it; false at a line break or tab, which it may rewrite. */
    private boolean attribute(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\t') < 0 && text(value);
    }

    private boolean inline(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            return text(node.getChars().unescape());
        }
        if (type == SoftLineBreak.class) {
            out.append('\n');
            return true;
        }
        if (type == TextBase.class) {
            return inlines(node);
        }
        if (type == Emphasis.class || type == StrongEmphasis.class) {
            String tag = type == Emphasis.class ? "em>" : "strong>";
            out.append('<').append(tag);
            if (!inlines(node)) {
                return false;
            }
            out.append("</").append(tag);
            return true;
        }
        if (type == Code.class) {
            out.append("<code>");
            if (!text(Escaping.collapseWhitespace(((Code) node).getText(), true))) {
                return false;
            }
            out.append("</code>");
            return true;
        }
        if (type == Link.class) {
            return link((Link) node);
        }
        if (type == HtmlInline.class) {
            return abbr(node.getChars().toString());
        }
        if (type == Image.class) {
            return image((Image) node);
        }
        if (type == HardLineBreak.class) {
            out.append("<br />\n");
            return true;
        }
        if (type == Footnote.class) {
            FootnoteBlock note = ((Footnote) node).getFootnoteBlock();
            if (note == null) {
                return false;
            }
            int ordinal = note.getFootnoteOrdinal();
            int reference = ((Footnote) node).getReferenceOrdinal();
            out.append("<sup id=\"fnref-").append(ordinal);
            if (reference > 0) {
                out.append('-').append(reference);
            }
            out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(ordinal).append("\">").append(ordinal)
                    .append("</a></sup>");
            return true;
        }
        return false;
    }

    private boolean link(Link link) {
        if (link.getTitle().isNotNull()) {
            return false;
        }
        out.append("<a href=\"");
        if (!url(link.getUrl().unescape())) {
            return false;
        }
        out.append("\">");
        if (!inlines(link)) {
            return false;
        }
        out.append("</a>");
        return true;
    }

    /**
     * A link's or image's URL as the sanitizer lets it through: http, https, mailto or no scheme,
     * the base path before site-root URLs, parentheses and braces percent-encoded, then encoded as
     * an attribute. False for what it drops or rewrites otherwise.
     */
    private boolean url(String url) {
        return appendUrl(out, url, sitePrefix);
    }

    /**
     * Appends a link's or image's URL as the sanitizer lets it through (see {@link #url}); false,
     * with part of it perhaps appended, where the sanitizer drops or rewrites it.
     */
    public static boolean appendUrl(StringBuilder out, String url, String sitePrefix) {
        if (url.isEmpty() || url.startsWith("//")) {
            return false;
        }
        // the sanitizer's protocol check: a scheme is what comes before a ':' that precedes any '/', '?' or '#'
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == ':') {
                String scheme = url.substring(0, i).toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                    return false;
                }
                break;
            }
        }
        if (url.charAt(0) == '/') {
            out.append(sitePrefix);
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // URLs with spaces, controls or non-ASCII are normalized in ways not copied here
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
            switch (c) {
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '{' -> out.append("%7b");
                case '}' -> out.append("%7d");
                default -> {
                    String encoded = ENCODED[c];
                    if (encoded != null) {
                        out.append(encoded);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return true;
    }

    /**
     * Appends text as the sanitizer encodes it; false at any character it rewrites otherwise
     * (controls, braces, surrogates, some Indic vowels after a zero-width non-joiner, and the
     * fullwidth and specials blocks).
     */
    private boolean text(CharSequence text) {
        return appendText(out, text);
    }

    /** Appends text as the sanitizer encodes it (see {@link #text}); false where it rewrites it otherwise. */
    public static boolean appendText(StringBuilder out, CharSequence text) {
        return appendText(out, text, 0, text.length());
    }

    /** Appends characters {@code from} to {@code to} of {@code text}, as {@link #appendText(StringBuilder, CharSequence)}. */
    public static boolean appendText(StringBuilder out, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                String encoded = ENCODED[c];
                if (encoded != null) {
                    out.append(encoded);
                } else if (c >= 0x20 && c != '{' && c != 0x7f || c == '\n' || c == '\t') {
                    out.append(c);
                } else {
                    return false;
                }
            } else if (c >= 0x900 && c <= 0xD7F || c == 0x200C || c == 0x1FEF || c >= 0xD800) {
                return false;
            } else {
                out.append(c);
            }
        }
        return true;
    }
}
