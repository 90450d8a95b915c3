package org.subtext.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.markdown.internal.HeadingIds;
import org.subtext.markdown.internal.HtmlSanitizer;
import org.subtext.markdown.internal.HeadingIdsExtension;

/**
 * Renders Markdown bodies and inline fields: CommonMark with tables, footnotes, heading ids and
 * wikilinks, then the sanitizer. Built once per build and shared; it keeps no per-document state.
 */
public final class MarkdownRenderer {

    private static final int CONTEXT_CHARS = 280;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;

    /** @param basePath the site's base path ("/" or "/sub/"), put before site-root links */
    public MarkdownRenderer(String basePath) {
        MutableDataSet options = new MutableDataSet();
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options)
                .extensions(List.of(TablesExtension.create(), FootnoteExtension.create(), WikiLinkExtension.create()))
                .build();
        this.renderer = HtmlRenderer.builder(options)
                .extensions(List.of(TablesExtension.create(), FootnoteExtension.create(), new HeadingIdsExtension()))
                .build();
        this.sanitizer = new HtmlSanitizer(basePath);
    }

    /**
     * Renders a page body. {@code start} is the file and the line the body starts on;
     * {@code reservedIds} are ids the page uses elsewhere, which headings must not take.
     */
    public RenderedMarkdown renderBody(String markdown, SourcePosition start, LinkIndex index,
                                       Set<String> reservedIds, Diagnostics diagnostics) {
        Document document = parser.parse(markdown);
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
        String html = sanitizer.sanitize(renderer.render(document));
        return new RenderedMarkdown(html, links, headings);
    }

    /** Renders a one-paragraph front matter field (a claim's note, a layer's reading) without the {@code <p>}. */
    public RenderedMarkdown renderInline(String markdown, SourcePosition at, LinkIndex index,
                                         Diagnostics diagnostics) {
        Document document = parser.parse(markdown);
        List<OutgoingLink> links = resolveWikiLinks(document, at, true, index, diagnostics);
        String html = renderer.render(document).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new RenderedMarkdown(sanitizer.sanitize(html), links, List.of());
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
        for (WikiLink wikiLink : wikiLinks) {
            SourcePosition position = inline ? start : positionOf(document, wikiLink, start);
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
        List<OutgoingLink> withContext = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            OutgoingLink link = links.get(i);
            withContext.add(new OutgoingLink(link.targetId(), link.anchor(), contextOf(linkBlocks.get(i)),
                    link.position()));
        }
        return withContext;
    }

    private static LinkTarget resolve(String target, String anchor, SourcePosition position, LinkIndex index,
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

    private static SourcePosition positionOf(Document document, Node node, SourcePosition start) {
        int offset = node.getStartOffset();
        int line = document.getLineNumber(offset);
        int lineStart = document.getChars().lastIndexOf('\n', offset - 1) + 1;
        return start.atLine(start.line() + line, offset - lineStart + 1);
    }

    private static Node blockOf(WikiLink link) {
        Node block = link.getAncestorOfType(Paragraph.class);
        return block != null ? block : link.getParent();
    }

    /** The plain text of the paragraph a link stands in, shortened. */
    private static String contextOf(Node block) {
        String text = plainText(block).replaceAll("\\s+", " ").strip();
        if (text.length() <= CONTEXT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', CONTEXT_CHARS);
        return text.substring(0, cut > 0 ? cut : CONTEXT_CHARS) + "…";
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }
}
