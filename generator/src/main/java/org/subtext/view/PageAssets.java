package org.subtext.view;

/**
 * What every page's head carries: the fingerprinted stylesheet, its integrity hash, the CSP, and
 * whether the site is a preview with drafts (kept out of search engines).
 */
public record PageAssets(String stylesheet, String stylesheetIntegrity, String contentSecurityPolicy,
                         boolean preview) {

    public PageAssets(String stylesheet, String stylesheetIntegrity, String contentSecurityPolicy) {
        this(stylesheet, stylesheetIntegrity, contentSecurityPolicy, false);
    }
}
