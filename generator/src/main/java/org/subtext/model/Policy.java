package org.subtext.model;

/**
 * Where one of the site's policies is published: one of this site's pages ({@code page}, checked
 * to exist by the graph stage) or an absolute web address ({@code url}); exactly one is set.
 */
public record Policy(Ref page, String url) {
}
