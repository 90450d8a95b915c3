package org.subtext.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.subtext.diag.Diagnostic;

/**
 * The pages only the preview serves, in place of one the site does not have: the errors while there
 * has been no good build yet, and a draft the preview leaves out. Both carry the reload script, so
 * they turn into the real page on the save that makes one; both say what to do without it.
 */
final class PreviewPages {

    static final String LIVE_SCRIPT = "/__subtext/live.js";
    private static final String SCRIPT_TAG = "<script src=\"" + LIVE_SCRIPT + "\" defer></script>";

    private PreviewPages() {
    }

    /** Every URL before the first good build: the errors, which the reload script also lays over it. */
    static byte[] notBuiltYet(List<Diagnostic> errors) {
        StringBuilder list = new StringBuilder();
        errors.forEach(d -> list.append(escape(d.format())).append('\n'));
        return page("The site does not build yet", """
                <main id="subtext-waiting">
                <h1>The site does not build yet</h1>
                <p>Fix these errors and save: this page reloads itself as soon as the site builds.</p>
                <pre>%s</pre>
                </main>""".formatted(list));
    }

    /** A draft's address while drafts are left out, not a bare "not found": {@code draft} is its folder and file. */
    static byte[] draft(Map.Entry<String, String> draft) {
        String kind = draft.getKey().startsWith("explainers/") ? "explainer" : "page";
        String file = draft.getValue();
        return page("Draft: " + file, """
                <main>
                <h1>This %s is a draft</h1>
                <p><code>%s</code> has <code>draft: true</code>, so this preview leaves it out, as a build does.</p>
                <p>To see drafts, stop this preview (Ctrl-C) and start it again with drafts included:</p>
                <pre>./subtext serve --drafts</pre>
                <p>To publish it, remove <code>draft: true</code> (or set it to false) and save: this page
                reloads itself.</p>
                </main>""".formatted(kind, escape(file)));
    }

    private static byte[] page(String title, String main) {
        return ("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>pre{white-space:pre-wrap}</style>
                </head>
                <body style="font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem">
                %s
                %s</body>
                </html>
                """).formatted(escape(title), main, SCRIPT_TAG).getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Adds the reload script before {@code </body>} of HTML pages; only here, while serving. */
    static byte[] withLiveScript(String file, byte[] html) {
        if (!file.endsWith(".html")) {
            return html;
        }
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        if (end < 0) {
            return html;
        }
        return (text.substring(0, end) + SCRIPT_TAG + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
