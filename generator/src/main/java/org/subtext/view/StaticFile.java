package org.subtext.view;

/** A fingerprinted file of the templates (a script, an icon): its site path and SRI hash. */
public record StaticFile(String path, String integrity) {
}
