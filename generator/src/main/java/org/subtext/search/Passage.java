package org.subtext.search;

/**
 * One place a search result can link to: an element of a page ({@code anchor}, its id; "" for the
 * top), what the reader is told it is ({@code label}, e.g. "Claim by Sergei Lavrov") and its plain
 * text. Words of the label count with {@code labelWeight}, words of the text with
 * {@code textWeight} (0 to 7; 0: not indexed, only shown).
 */
public record Passage(String anchor, String label, String text, int labelWeight, int textWeight) {
}
