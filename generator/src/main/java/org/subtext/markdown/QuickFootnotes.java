package org.subtext.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnotes of a {@link QuickMarkdown} text: defined by its block reader, numbered as its inline
 * reader meets their references, and written after the text.
 */
final class QuickFootnotes {

    private static final class Note {
        String html;
        int ordinal;
        int references;
        /** The number of the last reference to it, counting all references of the text. */
        int lastReference;
    }

    private final Map<String, Note> notes = new HashMap<>();
    /** The footnotes in the order of their first references. */
    private final List<Note> referenced = new ArrayList<>();
    private int footnoteReferences;

    /** Defines the footnote {@code label}; false if it is defined already. */
    boolean define(String label) {
        if (notes.containsKey(label)) {
            return false;
        }
        notes.put(label, new Note());
        return true;
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    /** Gives the footnote {@code label} its HTML. */
    void written(String label, String html) {
        notes.get(label).html = html;
    }

    /** Writes a reference to the footnote {@code label}, numbering it at its first; false if there is none. */
    boolean reference(StringBuilder out, String label) {
        Note note = notes.get(label);
        if (note == null) {
            return false;
        }
        if (note.ordinal == 0) {
            referenced.add(note);
            note.ordinal = referenced.size();
        }
        out.append("<sup id=\"fnref-").append(note.ordinal);
        if (note.references > 0) {
            out.append('-').append(note.references);
        }
        note.references++;
        note.lastReference = ++footnoteReferences;
        out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(note.ordinal).append("\">")
                .append(note.ordinal).append("</a></sup>");
        return true;
    }

    /** Writes the referenced footnotes after the text; false where the library would number them otherwise. */
    boolean write(StringBuilder out) {
        if (referenced.isEmpty()) {
            return true;
        }
        // Flexmark numbers footnotes in the order of their last references ("A[^1] ... [^x] [^1]"
        // numbers x first); they were numbered here by their first, so a text where the two orders
        // differ goes to the library
        for (int i = 1; i < referenced.size(); i++) {
            if (referenced.get(i - 1).lastReference > referenced.get(i).lastReference) {
                return false;
            }
        }
        QuickMarkdown.line(out);
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>");
        for (Note note : referenced) {
            out.append("<li id=\"fn-").append(note.ordinal).append("\">\n<p>").append(note.html).append("</p>\n");
            for (int i = 0; i < note.references; i++) {
                out.append("<a href=\"#fnref-").append(note.ordinal);
                if (i > 0) {
                    out.append('-').append(i);
                }
                out.append("\" class=\"footnote-backref\">\u21a9</a>\n");
            }
            out.append("</li>");
        }
        out.append("</ol>\n</div>\n");
        return true;
    }
}
