package org.subtext.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.markdown.internal.DirectHtml;
import org.subtext.markdown.internal.HeadingIds;
import org.subtext.markdown.internal.HtmlSanitizer;
import org.subtext.markdown.internal.HeadingIdsExtension;

/**
 * Renders Markdown bodies and inline fields: CommonMark with tables, footnotes, heading ids and
 * wikilinks, sanitized. Plain texts are read and written in one pass ({@link QuickMarkdown}); others
 * are parsed by Flexmark and written by {@link DirectHtml}, or by Flexmark's renderer and then the
 * sanitizer. Built once per build and shared; it keeps no per-document state.
 */
public final class MarkdownRenderer {

    private static final int CONTEXT_CHARS = 280;
    static final int MAX_DEPTH = 64;
    static final int MAX_BRACKETS = 3_000;
    private static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), List.of());
    /** What the quick route alone gives for a text it declines (tests only). */
    private static final RenderedMarkdown DECLINED = new RenderedMarkdown((Html) null, List.of(), List.of());

    /** Flexmark's parser, made on first need: texts the quick way takes never need it. */
    private volatile Parser parser;
    /** The base path without its trailing slash: what site-root URLs get in front. */
    private final String sitePrefix;
    /** Flexmark's renderer and the sanitizer, made on first need: most sites never need them. */
    private volatile LongWay longWay;

    private record LongWay(HtmlRenderer renderer, HtmlSanitizer sanitizer) {
    }

    /** Which way a body's HTML is made; only tests choose, to hold the ways equal. */
    enum Route {
        /** {@link DirectHtml} where it can, else Flexmark's renderer and the sanitizer */
        DIRECT_OR_SANITIZED,
        SANITIZED,
        /** Flexmark's parser and {@link DirectHtml} alone: a body it cannot take gets null HTML */
        DIRECT,
        /** {@link QuickMarkdown} alone: a text it declines gets null HTML */
        QUICK
    }

    private final Route route;

    /** @param basePath the site's base path ("/" or "/sub/"), put before site-root links */
    public MarkdownRenderer(String basePath) {
        this(basePath, Route.DIRECT_OR_SANITIZED);
    }

    MarkdownRenderer(String basePath, Route route) {
        this.route = route;
        this.sitePrefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    private Parser parser() {
        Parser made = parser;
        if (made == null) {
            synchronized (this) {
                made = parser;
                if (made == null) {
                    made = Parser.builder(options()).extensions(List.of(TablesExtension.create(),
                            FootnoteExtension.create(), WikiLinkExtension.create())).build();
                    parser = made;
                }
            }
        }
        return made;
    }

    private LongWay longWay() {
        LongWay made = longWay;
        if (made == null) {
            synchronized (this) {
                made = longWay;
                if (made == null) {
                    made = new LongWay(HtmlRenderer.builder(options()).extensions(List.of(TablesExtension.create(),
                            FootnoteExtension.create(), new HeadingIdsExtension())).build(), new HtmlSanitizer(sitePrefix));
                    longWay = made;
                }
            }
        }
        return made;
    }

    /**
     * Renders a small document with every kind of block and inline, once, so that the classes that
     * read and write them load and initialise on a spare core while a build's content is still being
     * read. It goes the quick way: warming Flexmark's parser too made no difference to the sample
     * site (0.56 s either way), which needs it for three of its bodies.
     */
    public static void warmUp() {
        MarkdownRenderer renderer = new MarkdownRenderer("/");
        LinkIndex index = new LinkIndex(Map.of("x", new LinkTarget("x", "explainers/x/", "X", Set.of("c"))),
                Set.of(), Set.of());
        renderer.renderBody("# A\n\nText with *emphasis*, [[x]], [[x#c|a claim]], [a](https://example.org)"
                + " and a note[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n- item\n\n[^1]: Note.\n",
                new SourcePosition("warm-up", 1, 1), index, Set.of(), new Diagnostics());
        renderer.renderInline("A *note* on [[x]].", new SourcePosition("warm-up", 1, 1), index, new Diagnostics());
    }

    /**
     * Renders a page body. {@code start} is the file and the line the body starts on;
     * {@code reservedIds} are ids the page uses elsewhere, which headings must not take.
     */
    public RenderedMarkdown renderBody(String markdown, SourcePosition start, LinkIndex index,
                                       Set<String> reservedIds, Diagnostics diagnostics) {
        if (!withinLinkLimit(markdown, start, diagnostics)) {
            return EMPTY;
        }
        if (route == Route.DIRECT_OR_SANITIZED || route == Route.QUICK) {
            RenderedMarkdown quick = QuickMarkdown.body(markdown, start, index, reservedIds, sitePrefix, diagnostics);
            if (quick != null || route == Route.QUICK) {
                return quick != null ? quick : DECLINED;
            }
        }
        Document document = parser().parse(markdown);
        if (!withinDepth(document, start, false, diagnostics)) {
            return EMPTY;
        }
        List<OutgoingLink> links = resolveWikiLinks(document, start, false, index, diagnostics);
        HeadingIds ids = new HeadingIds(reservedIds);
        Map<Node, String> headingIds = new IdentityHashMap<>();
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = plainText(heading);
                String id = ids.next(text);
                headingIds.put(heading, id);
                headings.add(new RenderedMarkdown.Heading(heading.getLevel(), id, text));
            }
        }
        String html = route == Route.SANITIZED ? null : DirectHtml.render(document, headingIds, sitePrefix);
        if (html == null && route != Route.DIRECT) {
            document.set(HeadingIdsExtension.HEADING_IDS, headingIds);
            html = longWay().sanitizer().sanitize(render(document, start, diagnostics));
        }
        return new RenderedMarkdown(html, links, headings);
    }

    /** Renders a one-paragraph front matter field (a claim's note, a layer's reading) without the {@code <p>}. */
    public RenderedMarkdown renderInline(String markdown, SourcePosition at, LinkIndex index,
                                         Diagnostics diagnostics) {
        String simple = route == Route.QUICK ? null : SimpleInline.render(markdown);
        if (simple != null) {
            // most notes and readings are plain sentences, some with *emphasis*: the same sanitised HTML
            // without Flexmark's and the sanitizer's per-document cost, which dominates thousands of fields
            return new RenderedMarkdown(simple, List.of(), List.of());
        }
        if (!withinLinkLimit(markdown, at, diagnostics)) {
            return EMPTY;
        }
        if (route == Route.DIRECT_OR_SANITIZED || route == Route.QUICK) {
            RenderedMarkdown quick = QuickMarkdown.inline(markdown, at, index, sitePrefix, diagnostics);
            if (quick != null || route == Route.QUICK) {
                return quick != null ? quick : DECLINED;
            }
        }
        Document document = parser().parse(markdown);
        if (!withinDepth(document, at, true, diagnostics)) {
            return EMPTY;
        }
        List<OutgoingLink> links = resolveWikiLinks(document, at, true, index, diagnostics);
        String direct = route == Route.SANITIZED ? null : DirectHtml.renderInline(document, sitePrefix);
        if (direct != null || route == Route.DIRECT) {
            return new RenderedMarkdown(direct, links, List.of());
        }
        String html = render(document, at, diagnostics).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new RenderedMarkdown(longWay().sanitizer().sanitize(html), links, List.of());
    }

    /**
     * Checks every wikilink against the index and replaces it by an ordinary link (or, when it is
     * broken, by its text, after reporting it) so that rendering needs no knowledge of wikilinks.
     */
    private List<OutgoingLink> resolveWikiLinks(Document document, SourcePosition start, boolean inline,
                                                LinkIndex index, Diagnostics diagnostics) {
        List<OutgoingLink> links = new ArrayList<>();
        List<Node> linkBlocks = new ArrayList<>();
        List<WikiLink> wikiLinks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof WikiLink wikiLink) {
                wikiLinks.add(wikiLink);
            }
        }
        LineStarts lines = inline || wikiLinks.isEmpty() ? null : new LineStarts(document.getChars());
        for (WikiLink wikiLink : wikiLinks) {
            SourcePosition position = inline ? start : lines.position(wikiLink.getStartOffset(), start);
            String target = wikiLink.getPageRef().toString().strip();
            String anchor = wikiLink.getAnchorRef().isEmpty() ? null : wikiLink.getAnchorRef().toString().strip();
            String label = wikiLink.getTextSeparatorMarker().isEmpty() || wikiLink.getText().isBlank() ? null
                    : wikiLink.getText().toString().strip();
            Node block = blockOf(wikiLink);
            LinkTarget resolved = resolve(target, anchor, position, index, diagnostics);
            Node replacement;
            if (resolved == null) {
                replacement = new Text(BasedSequence.of(label != null ? label : target));
            } else {
                Link link = new Link();
                link.setUrl(BasedSequence.of("/" + resolved.path() + (anchor == null ? "" : "#" + anchor)));
                link.appendChild(new Text(BasedSequence.of(label != null ? label : resolved.title())));
                replacement = link;
                links.add(new OutgoingLink(resolved.id(), anchor, null, position));
                linkBlocks.add(block);
            }
            wikiLink.insertBefore(replacement);
            wikiLink.unlink();
        }
        // contexts are read once every link is replaced, so they show links as readers see them
        Map<Node, String> contexts = new IdentityHashMap<>();
        List<OutgoingLink> withContext = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            OutgoingLink link = links.get(i);
            String context = contexts.computeIfAbsent(linkBlocks.get(i), MarkdownRenderer::contextOf);
            withContext.add(new OutgoingLink(link.targetId(), link.anchor(), context, link.position()));
        }
        return withContext;
    }

    /**
     * Flexmark renders recursively, so a document nested thousands deep (a line of '>' characters)
     * would overflow the stack: such a text is reported instead of rendered.
     */
    private static boolean withinDepth(Document document, SourcePosition start, boolean inline,
                                       Diagnostics diagnostics) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                SourcePosition at = inline ? start
                        : new LineStarts(document.getChars()).position(node.getStartOffset(), start);
                diagnostics.error(at, "Markdown nested more than " + MAX_DEPTH
                        + " levels deep (quotes, lists or emphasis): flatten it");
                return false;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return true;
    }

    /**
     * Flexmark's inline parser slows down more than linearly on thousands of brackets in a row
     * ("[a](b)[a](b)..."), so a text with more brackets than any real explainer needs is refused.
     */
    private static boolean withinLinkLimit(String markdown, SourcePosition start, Diagnostics diagnostics) {
        int brackets = 0;
        for (int i = markdown.indexOf('['); i >= 0; i = markdown.indexOf('[', i + 1)) {
            brackets++;
        }
        if (brackets <= MAX_BRACKETS) {
            return true;
        }
        diagnostics.error(start, "more than " + MAX_BRACKETS + " '[' in one text (" + brackets
                + "): split it into several explainers");
        return false;
    }

    /** A last guard: whatever the renderer trips over in a writer's text becomes a message, not a crash. */
    private String render(Document document, SourcePosition start, Diagnostics diagnostics) {
        try {
            return longWay().renderer().render(document);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(start, "this Markdown could not be rendered (" + e.getClass().getSimpleName()
                    + "): simplify the text around here");
            return "";
        }
    }

    static LinkTarget resolve(String target, String anchor, SourcePosition position, LinkIndex index,
                                      Diagnostics diagnostics) {
        if (index.isExcludedDraft(target)) {
            diagnostics.error(position, "link to draft explainer '" + target
                    + "': drafts are not published (build with --drafts to preview)");
            return null;
        }
        LinkTarget resolved = index.find(target).orElse(null);
        if (resolved == null && index.isUnreadable(target)) {
            return null;
        }
        if (resolved == null) {
            diagnostics.error(position, "unknown link target '" + target + "' in [[" + target
                    + (anchor == null ? "" : "#" + anchor) + "]]: no explainer or actor has this id"
                    + Suggestions.didYouMean(target, index.ids()));
            return null;
        }
        if (anchor != null && !resolved.anchors().contains(anchor)) {
            diagnostics.error(position, "unknown anchor '#" + anchor + "' in [[" + target + "#" + anchor
                    + "]]: '" + target + "' has no claim with this id"
                    + Suggestions.didYouMean(anchor, resolved.anchors()));
            return null;
        }
        return resolved;
    }

    /**
     * Where each line of a text starts, so that the positions of a document's many links cost a
     * binary search each: Flexmark's {@code Document.getLineNumber} counts lines from the start
     * for every call, a twentieth of a build's time in documents with many links.
     */
    private static final class LineStarts {
        private final int[] starts;
        private final int count;

        LineStarts(CharSequence text) {
            int[] found = new int[64];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // a line ends at \n, \r\n or a lone \r, as for Flexmark
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i + 1;
                }
            }
            this.starts = found;
            this.count = n;
        }

        /** The position of {@code offset}, on the lines that follow {@code start}. */
        SourcePosition position(int offset, SourcePosition start) {
            int line = Arrays.binarySearch(starts, 0, count, offset);
            if (line < 0) {
                line = -line - 2;
            }
            return start.atLine(start.line() + line, offset - starts[line] + 1);
        }
    }

    private static Node blockOf(WikiLink link) {
        Node block = link.getAncestorOfType(Paragraph.class);
        return block != null ? block : link.getParent();
    }

    /** The plain text of the paragraph a link stands in, shortened. */
    private static String contextOf(Node block) {
        return context(plainText(block));
    }

    /** A link's context from the plain text of its block: whitespace collapsed, shortened at a word. */
    static String context(String plain) {
        // runs of what the pattern \s matches become one space (a pattern was a tenth of the Markdown stage)
        StringBuilder collapsed = new StringBuilder(plain.length());
        boolean inSpace = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                collapsed.append(c);
            } else if (!inSpace) {
                collapsed.append(' ');
            }
            inSpace = space;
        }
        String text = collapsed.toString().strip();
        if (text.length() <= CONTEXT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', CONTEXT_CHARS);
        return text.substring(0, cut > 0 ? cut : CONTEXT_CHARS) + "…";
    }

    /** The text a reader sees in a node, footnote markers left out; linear in the node's size. */
    private static String plainText(Node root) {
        StringBuilder text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text || node instanceof Code) {
                text.append(node instanceof Code code ? code.getText() : node.getChars());
                continue;
            }
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
                continue;
            }
            if (node instanceof Footnote) {
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        return text.toString();
    }
}
