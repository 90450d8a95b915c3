package org.subtext.view;

/**
 * What every page's head carries: its fingerprinted stylesheet with its integrity hash, the CSP, and
 * whether the site is a preview with drafts (kept out of search engines). {@code stylesheet} is the one
 * every page but the explainers loads (static/pages.css: the shared rules and theirs, else style.css);
 * {@code explainerStylesheet} the explainers' (static/explainer.css), null when the templates have none.
 */
public record PageAssets(String stylesheet, String stylesheetIntegrity, StaticFile explainerStylesheet,
                         String contentSecurityPolicy, boolean preview) {

    public PageAssets(String stylesheet, String stylesheetIntegrity, String contentSecurityPolicy) {
        this(stylesheet, stylesheetIntegrity, null, contentSecurityPolicy, false);
    }
}
