package org.subtext.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist that every rendered Markdown text passes through: ordinary formatting, tables,
 * figures, footnotes and web links survive; scripts, event handlers, styles, frames and any URL
 * scheme other than http, https and mailto never do. Site-root URLs ("/assets/x.png"), from
 * Markdown or raw HTML alike, get the base path in front here, once.
 */
public final class HtmlSanitizer {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_:.-]{0,120}");
    private static final Pattern CLASS = Pattern.compile("[a-zA-Z0-9_ -]{1,120}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private final PolicyFactory policy;

    /** @param prefix what goes before site-root URLs: the site's base path without its trailing slash */
    public HtmlSanitizer(String prefix) {
        AttributePolicy siteRoot = (element, attribute, value) ->
                value.startsWith("/") && !value.startsWith("//") ? prefix + value : value;
        policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "code", "pre", "kbd",
                        "samp", "var", "sub", "sup", "mark", "small", "abbr", "cite", "q", "dfn", "blockquote", "ul", "ol",
                        "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot",
                        "tr", "th", "td", "caption", "img", "figure", "figcaption", "details", "summary", "span", "div",
                        "a", "time")
                .allowStandardUrlProtocols()
                .allowAttributes("href").matching(siteRoot).onElements("a")
                .allowAttributes("src").matching(siteRoot).onElements("img")
                .allowAttributes("title").onElements("a")
                .allowAttributes("alt", "title").onElements("img")
                .allowAttributes("width", "height").matching(NUMBER).onElements("img")
                .allowAttributes("title").onElements("abbr", "dfn", "span")
                .allowAttributes("cite").onElements("blockquote", "q")
                .allowAttributes("datetime").onElements("time", "del", "ins")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
                .allowAttributes("align").matching(ALIGN).onElements("th", "td")
                .allowAttributes("open").onElements("details")
                .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("table")
                .allowAttributes("id").matching(ID).globally()
                .allowAttributes("class").matching(CLASS).globally()
                .toFactory();
    }

    public String sanitize(String html) {
        return policy.sanitize(html);
    }

    /** What sanitizing {@code html} takes out: elements by name, attributes as "element attribute". */
    public Removed removedFrom(String html) {
        Removed removed = new Removed(new ArrayList<>(), new ArrayList<>());
        policy.sanitize(html, new HtmlChangeListener<Removed>() {
            @Override
            public void discardedTag(Removed into, String element) {
                if (!into.elements().contains(element)) {
                    into.elements().add(element);
                }
            }

            @Override
            public void discardedAttributes(Removed into, String element, String... attributes) {
                for (String attribute : attributes) {
                    into.attributes().add(element + " " + attribute);
                }
            }
        }, removed);
        return removed;
    }

    /** Elements and attributes a sanitized text lost, in the order met. */
    public record Removed(List<String> elements, List<String> attributes) {
        public boolean isEmpty() {
            return elements.isEmpty() && attributes.isEmpty();
        }
    }
}
