package org.subtext.view;

/** What every page's head links to: the fingerprinted stylesheet, its integrity hash, and the CSP. */
public record PageAssets(String stylesheet, String stylesheetIntegrity, String contentSecurityPolicy) {
}
