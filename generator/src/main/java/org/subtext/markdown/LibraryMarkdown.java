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
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.internal.HeadingIds;
import org.subtext.markdown.internal.HeadingIdsExtension;
import org.subtext.markdown.internal.HtmlSanitizer;

/**
 * Markdown the library way: Flexmark's parser and renderer, built from a {@link FlexmarkSetup},
 * then the OWASP sanitizer. Wikilinks are resolved in the parsed document and heading ids chosen
 * before rendering, so the renderer needs no knowledge of either.
 */
final class LibraryMarkdown {

    private static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), List.of());

    private final FlexmarkSetup setup;
    private final String sitePrefix;
    /** Made on first need: builds whose texts all go the quick way never load Flexmark. */
    private volatile Engines engines;

    private record Engines(Parser parser, HtmlRenderer renderer, HtmlSanitizer sanitizer) {
    }

    LibraryMarkdown(FlexmarkSetup setup, String sitePrefix) {
        this.setup = setup;
        this.sitePrefix = sitePrefix;
    }

    private Engines engines() {
        Engines made = engines;
        if (made == null) {
            synchronized (this) {
                made = engines;
                if (made == null) {
                    made = new Engines(Parser.builder(setup.options()).extensions(setup.extensions()).build(),
                            HtmlRenderer.builder(setup.options()).extensions(setup.extensions()).build(),
                            new HtmlSanitizer(sitePrefix));
                    engines = made;
                }
            }
        }
        return made;
    }

    RenderedMarkdown body(String markdown, SourcePosition start, LinkIndex index, Set<String> reservedIds,
                          Diagnostics diagnostics) {
        Document document = engines().parser().parse(markdown);
        if (!withinDepth(document, start, false, diagnostics)) {
            return EMPTY;
        }
        LineStarts lines = new LineStarts(document.getChars());
        List<WrittenUrl> urls = DocumentUrls.read(document, offset -> lines.position(offset, start), diagnostics);
        RemovedHtml.warn(document, offset -> lines.position(offset, start), engines().sanitizer(), diagnostics);
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
        document.set(HeadingIdsExtension.HEADING_IDS, headingIds);
        String html = engines().sanitizer().sanitize(render(document, start, diagnostics));
        return new RenderedMarkdown(Html.of(html), links, headings, urls);
    }

    /** A field of one paragraph comes without its {@code <p>}; a field of several keeps theirs. */
    RenderedMarkdown inline(String markdown, SourcePosition at, LinkIndex index, Diagnostics diagnostics) {
        Document document = engines().parser().parse(markdown);
        if (!withinDepth(document, at, true, diagnostics)) {
            return EMPTY;
        }
        List<WrittenUrl> urls = DocumentUrls.read(document, offset -> at, diagnostics);
        RemovedHtml.warn(document, offset -> at, engines().sanitizer(), diagnostics);
        List<OutgoingLink> links = resolveWikiLinks(document, at, true, index, diagnostics);
        String html = render(document, at, diagnostics).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new RenderedMarkdown(Html.of(engines().sanitizer().sanitize(html)), links, List.of(), urls);
    }

    /**
     * Checks every wikilink against the index and replaces it by an ordinary link (or, when it is
     * broken, by its text, after reporting it) so that rendering needs no knowledge of wikilinks.
     */
    private static List<OutgoingLink> resolveWikiLinks(Document document, SourcePosition start, boolean inline,
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
            LinkTarget resolved = MarkdownRenderer.resolve(target, anchor, position, index, diagnostics);
            Node replacement;
            if (resolved == null) {
                replacement = new Text(BasedSequence.of(label != null ? label : target));
            } else {
                Link link = new Link();
                link.setUrl(BasedSequence.of(index.href(resolved, anchor, !inline)));
                link.appendChild(new Text(BasedSequence.of(label != null ? label : index.title(resolved))));
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
            String context = contexts.computeIfAbsent(linkBlocks.get(i),
                    block -> MarkdownRenderer.context(plainText(block)));
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
            if (depth > MarkdownRenderer.MAX_DEPTH) {
                SourcePosition at = inline ? start
                        : new LineStarts(document.getChars()).position(node.getStartOffset(), start);
                diagnostics.error(at, "Markdown nested more than " + MarkdownRenderer.MAX_DEPTH
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

    /** A last guard: whatever the renderer trips over in a writer's text becomes a message, not a crash. */
    private String render(Document document, SourcePosition start, Diagnostics diagnostics) {
        try {
            return engines().renderer().render(document);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(start, "this Markdown could not be rendered (" + e.getClass().getSimpleName()
                    + "): simplify the text around here");
            return "";
        }
    }

    private static Node blockOf(WikiLink link) {
        Node block = link.getAncestorOfType(Paragraph.class);
        return block != null ? block : link.getParent();
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
