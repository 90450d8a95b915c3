package org.subtext.view;

/**
 * One page to render: where it goes in the site, which template draws it, its view, and the
 * content file it comes from (null for listings), for messages about the page.
 */
public record PageModel(String path, String template, Object view, String origin) {

    public PageModel(String path, String template, Object view) {
        this(path, template, view, null);
    }
}
