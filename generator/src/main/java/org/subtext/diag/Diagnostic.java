package org.subtext.diag;

import java.util.Comparator;

/** One problem found in the content, with the place it was found. */
public record Diagnostic(Severity severity, SourcePosition position, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style form {@code file:line:col: error: message}, clickable in editors and terminals. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(position.file());
        if (position.line() > 0) {
            out.append(':').append(position.line()).append(':').append(Math.max(1, position.column()));
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
        return out.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
