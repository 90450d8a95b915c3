package org.subtext.render;

/**
 * The Content-Security-Policy every page carries, and the {@code _headers} file that asks static
 * hosts (Netlify, Cloudflare Pages and others that read it) to send the same policy as headers,
 * with the parts a {@code <meta>} tag cannot carry.
 */
public final class SecurityPolicy {

    /** Scripts and styles only from the site's own files; no inline script, no plugins, no framing. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private SecurityPolicy() {
    }

    public static String headersFile() {
        return "/*\n"
                + "  Content-Security-Policy: " + CSP + "; frame-ancestors 'none'\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n"
                + "  X-Frame-Options: DENY\n"
                + "/static/*\n"
                + "  Cache-Control: public, max-age=31536000, immutable\n";
    }
}
