package org.subtext.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build so that all of them are reported together. Safe to share
 * between the threads of one build.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private int errors;

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
        errors += diagnostic.isError() ? 1 : 0;
    }

    public void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    /** Turns every warning into an error, for builds that must be spotless. */
    public synchronized void promoteWarnings() {
        items.replaceAll(d -> d.isError() ? d : Diagnostic.error(d.position(), d.message() + " (--strict)"));
        errors = items.size();
    }

    /** Every diagnostic, sorted by file, line and column, without repeats. */
    public synchronized List<Diagnostic> sorted() {
        Diagnostic[] all = items.toArray(Diagnostic[]::new);
        java.util.Arrays.sort(all);
        // equal diagnostics compare as 0 and only they do, so repeats lie side by side
        List<Diagnostic> distinct = new ArrayList<>(all.length);
        for (Diagnostic d : all) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(d)) {
                distinct.add(d);
            }
        }
        return List.copyOf(distinct);
    }
}
