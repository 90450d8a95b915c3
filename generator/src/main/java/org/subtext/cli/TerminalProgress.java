package org.subtext.cli;

import java.io.PrintWriter;

import org.subtext.pipeline.Progress;

/**
 * One line that updates in place while a large build renders. Only on a terminal: CI logs get
 * the summary alone.
 */
final class TerminalProgress implements Progress {

    private static final int SHOW_FROM_PAGES = 300;

    private final PrintWriter err;
    private boolean shown;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return System.console() != null && !quiet ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void update(String stage, int done, int total) {
        if (total < SHOW_FROM_PAGES) {
            return;
        }
        err.print("\r" + stage + ": " + done + "/" + total + " pages   ");
        err.flush();
        shown = true;
    }

    void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
