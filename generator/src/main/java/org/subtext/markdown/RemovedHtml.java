package org.subtext.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.markdown.internal.HtmlSanitizer;

/**
 * Warns where raw HTML in Markdown loses something to the sanitizer (a frame, a script, an event
 * handler), saying what was removed and what to write instead: nothing a writer typed disappears
 * without a word. Each piece of raw HTML is sanitized on its own, so the warning points at it.
 */
final class RemovedHtml {

    /** Elements the sanitizer keeps only while they have an attribute it keeps. */
    private static final Set<String> KEPT_WHEN_ATTRIBUTED = Set.of("span", "a", "img");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?==|\\s|/?>)");

    private RemovedHtml() {
    }

    /** The names of the attributes written on the first {@code element} tag of {@code html}. */
    private static List<String> attributes(String html, String element) {
        Matcher tag = Pattern.compile("<" + element + "\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(html);
        List<String> names = new ArrayList<>();
        if (tag.find()) {
            Matcher name = ATTRIBUTE_NAME.matcher(tag.group(1).replaceAll("\"[^\"]*\"|'[^']*'", "\"\""));
            while (name.find()) {
                names.add(name.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    static void warn(Document document, IntFunction<SourcePosition> at, HtmlSanitizer sanitizer,
                     Diagnostics diagnostics) {
        for (Node node : document.getDescendants()) {
            boolean comment = node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                    || node instanceof HtmlInnerBlockComment;
            // a closing tag met on its own ("</iframe>") was reported with its opening one
            if (comment || !(node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    || node.getChars().startsWith("</")) {
                continue;
            }
            HtmlSanitizer.Removed removed = sanitizer.removedFrom(node.getChars().toString());
            SourcePosition position = at.apply(node.getStartOffset());
            for (String element : removed.elements()) {
                List<String> attributes = KEPT_WHEN_ATTRIBUTED.contains(element)
                        ? attributes(node.getChars().toString(), element) : List.of();
                if (attributes.isEmpty()) {
                    diagnostics.warning(position, "raw HTML <" + element + "> is removed from the page: "
                            + instead(element));
                }
                // the sanitizer drops a <span> or <a> whose every attribute it removed: the attributes are the news
                for (String attribute : attributes) {
                    diagnostics.warning(position, "attribute '" + attribute + "' of raw HTML <" + element
                            + "> is removed from the page: " + insteadOfAttribute(attribute));
                }
            }
            for (String pair : removed.attributes()) {
                String element = pair.substring(0, pair.indexOf(' '));
                String attribute = pair.substring(pair.indexOf(' ') + 1);
                diagnostics.warning(position, "attribute '" + attribute + "' of raw HTML <" + element
                        + "> is removed from the page: " + insteadOfAttribute(attribute));
            }
        }
    }

    private static String instead(String element) {
        return switch (element) {
            case "iframe", "frame", "frameset", "embed", "object", "video", "audio", "portal" ->
                    "pages load nothing from other sites; link to it instead ([what it shows](https://...))";
            case "script", "noscript" -> "pages run no script from content; they work without it";
            case "style", "link", "meta", "base" -> "change the look for every page in templates/static/style.css";
            case "form", "input", "button", "select", "textarea" -> "content cannot hold forms; link to the form instead";
            case "svg", "math" -> "save it as a file in content/assets/ and show it as an image (![text](/assets/...))";
            default -> "write it in Markdown instead";
        };
    }

    private static String insteadOfAttribute(String attribute) {
        if (attribute.startsWith("on")) {
            return "pages run no script from content; they work without it";
        }
        return switch (attribute) {
            case "style" -> "change the look in templates/static/style.css";
            case "href", "src" -> "only http, https and mailto addresses and addresses within the site are kept";
            case "srcset" -> "give one image in src";
            default -> "it is not among the attributes content may use";
        };
    }
}
