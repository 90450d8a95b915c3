package org.subtext.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build so that all of them are reported together. Safe to share
 * between the threads of one build.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    public synchronized void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** Turns every warning into an error, for builds that must be spotless. */
    public synchronized void promoteWarnings() {
        items.replaceAll(d -> d.isError() ? d : Diagnostic.error(d.position(), d.message() + " (--strict)"));
    }

    /** Every diagnostic, sorted by file, line and column, without repeats. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }
}
