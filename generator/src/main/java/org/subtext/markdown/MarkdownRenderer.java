package org.subtext.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;

/**
 * Renders Markdown bodies and inline fields: CommonMark with tables, footnotes, heading ids and
 * wikilinks, sanitized. The library does the work ({@link LibraryMarkdown}: Flexmark's parser and
 * renderer, built from one {@link FlexmarkSetup}, then the OWASP sanitizer); the one fast path in
 * front of it, {@link QuickMarkdown}, takes the plain texts most explainers are made of, and only
 * while the setup is the one it was written for. Built once per build and shared; it keeps no
 * per-document state.
 */
public final class MarkdownRenderer {

    private static final int CONTEXT_CHARS = 280;
    static final int MAX_DEPTH = 64;
    static final int MAX_BRACKETS = 3_000;
    private static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), List.of());
    /** What the quick path alone gives for a text it declines (tests only). */
    private static final RenderedMarkdown DECLINED = new RenderedMarkdown((Html) null, List.of(), List.of());

    /** Which way a text's HTML is made; only tests choose, to hold the quick path equal to the library. */
    enum Route {
        /** {@link QuickMarkdown} where it takes the text, else the library: what builds use */
        QUICK_ELSE_LIBRARY,
        /** {@link QuickMarkdown} alone: a text it declines gets null HTML */
        QUICK,
        /** {@link LibraryMarkdown} alone */
        LIBRARY
    }

    /** The base path without its trailing slash: what site-root URLs get in front. */
    private final String sitePrefix;
    private final Route route;
    /** False when the setup is not the one QuickMarkdown was written for: then it takes nothing. */
    private final boolean quickAllowed;
    private final LibraryMarkdown library;

    /** @param basePath the site's base path ("/" or "/sub/"), put before site-root links */
    public MarkdownRenderer(String basePath) {
        this(basePath, Route.QUICK_ELSE_LIBRARY, FlexmarkSetup.standard());
    }

    MarkdownRenderer(String basePath, Route route) {
        this(basePath, route, FlexmarkSetup.standard());
    }

    MarkdownRenderer(String basePath, Route route, FlexmarkSetup setup) {
        this.route = route;
        this.sitePrefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.quickAllowed = QuickMarkdown.writtenFor(setup);
        this.library = new LibraryMarkdown(setup, sitePrefix);
    }

    /**
     * Renders a small document with every kind of block and inline, once, so that the classes that
     * read and write them load and initialise on a spare core while a build's content is still being
     * read. It goes the quick way, the way most texts go.
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
        if (route != Route.LIBRARY) {
            RenderedMarkdown quick = quickAllowed
                    ? QuickMarkdown.body(markdown, start, index, reservedIds, sitePrefix, diagnostics) : null;
            if (quick != null || route == Route.QUICK) {
                return quick != null ? quick : DECLINED;
            }
        }
        return library.body(markdown, start, index, reservedIds, diagnostics);
    }

    /** Renders a one-paragraph front matter field (a claim's note, a layer's reading) without the {@code <p>}. */
    public RenderedMarkdown renderInline(String markdown, SourcePosition at, LinkIndex index,
                                         Diagnostics diagnostics) {
        if (!withinLinkLimit(markdown, at, diagnostics)) {
            return EMPTY;
        }
        if (route != Route.LIBRARY) {
            RenderedMarkdown quick = quickAllowed
                    ? QuickMarkdown.inline(markdown, at, index, sitePrefix, diagnostics) : null;
            if (quick != null || route == Route.QUICK) {
                return quick != null ? quick : DECLINED;
            }
        }
        return library.inline(markdown, at, index, diagnostics);
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

    /** The target of a wikilink, or null after reporting why it has none. */
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

    /** A link's context from the plain text of its block: whitespace collapsed, shortened at a word. */
    static String context(String plain) {
        // runs of what the pattern \s matches become one space, without a pattern's cost per link
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
}
