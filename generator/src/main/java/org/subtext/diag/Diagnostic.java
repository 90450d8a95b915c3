package org.subtext.diag;

/** One problem found in the content, with the place it was found. */
public record Diagnostic(Severity severity, SourcePosition position, String message)
        implements Comparable<Diagnostic> {

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

    /** By file, line, column, severity, then message: 0 only for equal diagnostics. */
    @Override
    public int compareTo(Diagnostic other) {
        // most diagnostics of a file share its one path string
        int c = position.file() == other.position.file() ? 0 : position.file().compareTo(other.position.file());
        if (c == 0) {
            c = Integer.compare(position.line(), other.position.line());
        }
        if (c == 0) {
            c = Integer.compare(position.column(), other.position.column());
        }
        if (c == 0) {
            c = severity.compareTo(other.severity);
        }
        return c != 0 ? c : message.compareTo(other.message);
    }
}
