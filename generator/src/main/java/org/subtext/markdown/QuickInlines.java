package org.subtext.markdown;

import java.util.ArrayList;
import java.util.List;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * {@link QuickMarkdown}'s inline reader: writes a line's text, emphasis, code, links, wikilinks and
 * footnote references, gathering the block's plain text, its links and their diagnostics as it goes.
 */
final class QuickInlines {

    /** Characters that may follow a closing '*' and keep it a closer that cannot open. */
    private static final String AFTER_EMPHASIS = " ,.;:'\"?!)’”–—-[";

    private final QuickLines lines;
    private final String md;
    private final QuickFootnotes footnotes;
    private final SourcePosition start;
    private final boolean inline;
    private final LinkIndex index;
    private final String sitePrefix;
    final Diagnostics found = new Diagnostics();
    final List<OutgoingLink> links = new ArrayList<>();
    final List<WrittenUrl> urls = new ArrayList<>();
    /** The block being written: its plain text (for link contexts) and links waiting for it. */
    private final StringBuilder plain = new StringBuilder();
    private int firstPendingLink;
    /** Footnotes within footnotes are numbered in ways not copied here. */
    boolean writingNote;

    QuickInlines(QuickLines lines, QuickFootnotes footnotes, SourcePosition start, boolean inline, LinkIndex index,
                 String sitePrefix) {
        this.lines = lines;
        this.md = lines.md;
        this.footnotes = footnotes;
        this.start = start;
        this.inline = inline;
        this.index = index;
        this.sitePrefix = sitePrefix;
    }

    private char at(int offset) {
        return lines.at(offset);
    }

    /** Starts a block (a paragraph, heading, list item, quote, footnote or table cell): no text, no links yet. */
    void startBlock() {
        plain.setLength(0);
        firstPendingLink = links.size();
    }

    /** A line break inside a block: a newline in the HTML, a space in the plain text. */
    void softBreak(StringBuilder out) {
        out.append('\n');
        plain.append(' ');
    }

    /** Gives the links of the block just written its text as their context. */
    void finishBlock() {
        if (firstPendingLink == links.size()) {
            return;
        }
        String context = MarkdownRenderer.context(plain.toString());
        for (int i = firstPendingLink; i < links.size(); i++) {
            OutgoingLink link = links.get(i);
            links.set(i, new OutgoingLink(link.targetId(), link.anchor(), context, link.position()));
        }
    }

    /** The plain text of the block written last. */
    String plainText() {
        return plain.toString();
    }

    /** Writes the inlines of {@code line} from {@code from} to {@code end}; false at anything not read here. */
    boolean range(StringBuilder out, int line, int from, int end) {
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
                        i = link(out, line, i, end);
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

    private int link(StringBuilder out, int line, int i, int end) {
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
        if (WrittenUrl.intoSite(url)) {
            urls.add(new WrittenUrl(WrittenUrl.Kind.LINK, url, position(line, i)));
        }
        return urlEnd + 1;
    }

    /** Where offset {@code i} of {@code line} is in the file; a field's inlines all point at the field. */
    private SourcePosition position(int line, int i) {
        return inline ? start : start.atLine(start.line() + line, i - lines.start(line) + 1);
    }

    private int footnote(StringBuilder out, int i, int end) {
        int close = md.indexOf(']', i + 2);
        if (close < 0 || close >= end || !lines.label(i + 2, close) || at(close + 1) == '('
                || at(close + 1) == '[' || at(close + 1) == ':' || inline || writingNote) {
            return -1;
        }
        if (!footnotes.reference(out, md.substring(i + 2, close))) {
            return -1;
        }
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
        if (!lines.label(i + 2, idEnd) || idEnd < targetEnd && !lines.label(idEnd + 1, targetEnd)) {
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
        SourcePosition position = position(line, i);
        LinkTarget resolved = MarkdownRenderer.resolve(target, anchor, position, index, found);
        String text;
        if (resolved == null) {
            text = label != null ? label : target;
            if (!SanitizedText.appendText(out, text)) {
                return -1;
            }
        } else {
            text = label != null ? label : index.title(resolved);
            out.append("<a href=\"");
            if (!SanitizedText.appendUrl(out, index.href(resolved, anchor, !inline), sitePrefix)) {
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
