package org.subtext.cli;

import java.io.PrintWriter;
import java.util.List;

import org.subtext.diag.Diagnostic;
import org.subtext.json.Json;

/** How diagnostics are printed: for people, for GitHub Actions annotations, or as JSON for tools. */
enum OutputFormat {
    TEXT, GITHUB, JSON;

    void print(List<Diagnostic> diagnostics, PrintWriter out) {
        switch (this) {
            case TEXT -> diagnostics.forEach(d -> out.println(d.format()));
            case GITHUB -> diagnostics.forEach(d -> out.println(annotation(d)));
            case JSON -> out.println(json(diagnostics));
        }
        out.flush();
    }

    /** {@code ::error file=...,line=...,col=...::message}, escaped as the runner expects. */
    static String annotation(Diagnostic d) {
        StringBuilder out = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        out.append(" file=").append(property(d.position().file()));
        if (d.position().line() > 0) {
            out.append(",line=").append(d.position().line()).append(",col=").append(Math.max(1, d.position().column()));
        }
        out.append("::").append(data(d.message()));
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(i == 0 ? "\n  " : ",\n  ").append("{\"severity\": ").append(Json.quote(d.severity().label()))
                    .append(", \"file\": ").append(Json.quote(d.position().file()));
            // a problem with the whole file has no line or column: left out rather than given as 0
            if (d.position().line() > 0) {
                out.append(", \"line\": ").append(d.position().line())
                        .append(", \"column\": ").append(Math.max(1, d.position().column()));
            }
            out.append(", \"message\": ").append(Json.quote(d.message())).append('}');
        }
        return out.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }
}
