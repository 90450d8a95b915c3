package org.subtext.view;

/**
 * What every page's head carries: the fingerprinted stylesheet, its integrity hash, the CSP, and
 * whether the site is a preview with drafts (kept out of search engines). {@code pagesStylesheet} holds
 * the rules no explainer uses, loaded by every other page (null when the templates have none), so that an
 * explainer page, the heaviest, carries only the rules it uses.
 */
public record PageAssets(String stylesheet, String stylesheetIntegrity, StaticFile pagesStylesheet,
                         String contentSecurityPolicy, boolean preview) {

    public PageAssets(String stylesheet, String stylesheetIntegrity, String contentSecurityPolicy) {
        this(stylesheet, stylesheetIntegrity, null, contentSecurityPolicy, false);
    }
}
