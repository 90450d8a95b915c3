package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Policies;
import org.subtext.model.Policy;
import org.subtext.model.Publisher;
import org.subtext.model.Ref;
import org.subtext.model.Slugs;

/** Reads the nested settings of {@code site.yaml}: the publisher and the policies. */
final class SiteSettingsReader {

    private static final Set<String> PUBLISHER = MapReader.keys("name", "url", "logo");
    private static final Set<String> POLICIES = MapReader.keys("corrections", "methods", "ethics", "ownership");

    private final Diagnostics diagnostics;
    private final Formats formats;

    SiteSettingsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.formats = new Formats(diagnostics);
    }

    Publisher publisher(MapReader site) {
        MapReader in = site.map("publisher", PUBLISHER);
        if (in == null) {
            return null;
        }
        String name = in.string("name", true);
        String url = formats.url(in, "url");
        MapReader.Text logo = in.text("logo", false);
        String asset = logo == null ? null : logo.text().startsWith("/") ? logo.text().substring(1) : logo.text();
        return name == null ? null : new Publisher(name, url, asset, logo == null ? null : logo.position());
    }

    Policies policies(MapReader site) {
        MapReader in = site.map("policies", POLICIES);
        if (in == null) {
            return Policies.NONE;
        }
        return new Policies(policy(in, "corrections"), policy(in, "methods"), policy(in, "ethics"),
                policy(in, "ownership"));
    }

    /** A page's slug, or an address where the text has a scheme: "corrections" or "https://...". */
    private Policy policy(MapReader in, String key) {
        MapReader.Text text = in.text(key, false);
        if (text == null) {
            return null;
        }
        String value = text.text();
        if (value.contains(":")) {
            if (UrlRules.isWebUrl(value)) {
                return new Policy(null, value);
            }
        } else if (Slugs.isSlug(value) && value.length() <= Slugs.MAX_LENGTH) {
            return new Policy(new Ref(value, text.position(), text.path()), null);
        }
        diagnostics.error(text.position(), "invalid policy '" + value + "' in " + text.path()
                + ": use the slug of a page in pages/ (such as 'methods') or an absolute http:// or https://"
                + " address");
        return null;
    }
}
