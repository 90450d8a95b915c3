package org.subtext.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;

/**
 * The URLs a parsed document was written with, read before wikilinks are replaced: those into the
 * site, to check once the site's files are known, and images on other sites, which the site's own
 * Content-Security-Policy ({@code img-src 'self'}) keeps from loading, a warning here.
 */
final class DocumentUrls {

    /** An {@code href} of a link, or a {@code src} or {@code srcset} of an image, in raw HTML. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "<(a|img|source)\\b|\\s(href|src|srcset)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);

    private DocumentUrls() {
    }

    /** @param at the position of an offset into the document's text */
    static List<WrittenUrl> read(Document document, IntFunction<SourcePosition> at, Diagnostics diagnostics) {
        List<WrittenUrl> urls = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                add(WrittenUrl.Kind.IMAGE, image.getUrl().unescape(), at.apply(node.getStartOffset()), urls,
                        diagnostics);
            } else if (node instanceof Link link) {
                add(WrittenUrl.Kind.LINK, link.getUrl().unescape(), at.apply(node.getStartOffset()), urls, diagnostics);
            } else if (node instanceof Reference reference) {
                add(WrittenUrl.Kind.LINK, reference.getUrl().unescape(), at.apply(node.getStartOffset()), urls,
                        diagnostics);
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                raw(node, at, urls, diagnostics);
            }
        }
        return inOrder(urls);
    }

    /** The attributes of raw HTML that the sanitizer keeps as URLs: a's href, img's src (and srcset). */
    private static void raw(Node node, IntFunction<SourcePosition> at, List<WrittenUrl> urls, Diagnostics diagnostics) {
        String html = node.getChars().toString();
        Matcher m = ATTRIBUTE.matcher(html);
        String element = null;
        while (m.find()) {
            if (m.group(1) != null) {
                element = m.group(1).toLowerCase(Locale.ROOT);
                continue;
            }
            String attribute = m.group(2).toLowerCase(Locale.ROOT);
            String value = attributeValue(m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
            SourcePosition position = at.apply(node.getStartOffset() + m.start(2));
            if (attribute.equals("href") && "a".equals(element)) {
                add(WrittenUrl.Kind.LINK, value, position, urls, diagnostics);
            } else if (attribute.equals("src") && "img".equals(element)) {
                add(WrittenUrl.Kind.IMAGE, value, position, urls, diagnostics);
            } else if (attribute.equals("srcset") && element != null && !element.equals("a")) {
                for (String candidate : value.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        add(WrittenUrl.Kind.IMAGE, url, position, urls, diagnostics);
                    }
                }
            }
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final java.util.Map<String, String> NAMED = java.util.Map.of("amp", "&", "lt", "<", "gt", ">",
            "quot", "\"", "apos", "'", "colon", ":", "sol", "/", "tab", "\t", "newline", "\n", "period", ".");

    /**
     * An attribute's value as a browser reads it: character references decoded, then tabs and line
     * breaks taken out, as URL parsing does ({@code java&#9;script:} is a scheme, not a relative URL).
     */
    private static String attributeValue(String raw) {
        Matcher reference = REFERENCE.matcher(raw);
        StringBuilder value = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String decoded;
            if (name.charAt(0) != '#') {
                decoded = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), reference.group());
            } else {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                decoded = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            }
            reference.appendReplacement(value, Matcher.quoteReplacement(decoded));
        }
        reference.appendTail(value);
        return value.toString().replaceAll("[\t\n\r]", "").strip();
    }

    private static void add(WrittenUrl.Kind kind, String url, SourcePosition position, List<WrittenUrl> urls,
                            Diagnostics diagnostics) {
        if (WrittenUrl.intoSite(url)) {
            urls.add(new WrittenUrl(kind, url, position));
        } else if (kind == WrittenUrl.Kind.IMAGE && isRemote(url)) {
            diagnostics.warning(position, "image " + url + " is on another site, and the site's Content-Security-Policy"
                    + " lets pages load images only from the site itself, so it will not show: copy the file into"
                    + " content/assets/ and write /assets/" + fileName(url));
        } else if (!isRemote(url) && !url.toLowerCase(Locale.ROOT).startsWith("mailto:") && !url.startsWith("#")) {
            // any other scheme (javascript:, data:, file:) is taken out by the sanitizer
            diagnostics.warning(position, kind.word() + " " + shortened(url) + " is removed from the page: "
                    + (kind == WrittenUrl.Kind.LINK ? "links may go to http, https and mailto addresses only (the"
                    + " link's text stays)" : "images must be files of the site: save it in content/assets/"));
        }
    }

    private static String shortened(String url) {
        return url.length() <= 60 ? url : url.substring(0, 57) + "...";
    }

    private static boolean isRemote(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    private static String fileName(String url) {
        String path = url.replaceAll("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "<file>" : name;
    }

    /** URLs by where they were written: the quick path and the library meet them in different orders. */
    static List<WrittenUrl> inOrder(List<WrittenUrl> urls) {
        List<WrittenUrl> sorted = new ArrayList<>(urls);
        sorted.sort(java.util.Comparator.comparingInt((WrittenUrl u) -> u.position().line())
                .thenComparingInt(u -> u.position().column()));
        return sorted;
    }
}
