package org.subtext.model;

/** How a story is commonly headlined, and the more precise version. Either may be null. */
public record Headline(String claimed, String precise) {
}
